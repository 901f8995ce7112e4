using DangBo.Web.Infrastructure.Text;

namespace DangBo.Web.Tests.Infrastructure.Text;

public class WordDiffTests
{
    [Fact]
    public void Compare_ChangedWord_MarksItOnEachSideAndKeepsTheRest()
    {
        var diff = WordDiff.Compare("Hội nghị Ban Chấp hành tỉnh lần thứ ba", "Hội nghị Ban Chấp hành tỉnh lần thứ tư");

        Assert.Equal("Hội nghị Ban Chấp hành tỉnh lần thứ ba", string.Concat(diff.Old.Select(p => p.Text)));
        Assert.Equal("Hội nghị Ban Chấp hành tỉnh lần thứ tư", string.Concat(diff.New.Select(p => p.Text)));
        Assert.Equal([new DiffPiece(DiffKind.Deleted, "ba")], diff.Old.Where(p => p.Kind != DiffKind.Same));
        Assert.Equal([new DiffPiece(DiffKind.Inserted, "tư")], diff.New.Where(p => p.Kind != DiffKind.Same));
        Assert.True(diff.HasChanges);
    }

    [Fact]
    public void Compare_InsertedSentence_IsOneInsertionAndNothingDeleted()
    {
        var diff = WordDiff.Compare("Sáng nay khai mạc.", "Sáng nay khai mạc. Đồng chí Bí thư phát biểu.");

        Assert.DoesNotContain(diff.Old, p => p.Kind == DiffKind.Deleted);
        Assert.Contains("Đồng chí Bí thư phát biểu.", string.Concat(diff.New.Where(p => p.Kind == DiffKind.Inserted).Select(p => p.Text)));
    }

    [Fact]
    public void Compare_SameText_HasNoChanges()
    {
        var diff = WordDiff.Compare("Không đổi gì", "Không đổi gì");
        Assert.False(diff.HasChanges);
        Assert.Equal([new DiffPiece(DiffKind.Same, "Không đổi gì")], diff.New);
    }

    [Fact]
    public void Compare_EmptyToText_IsAllInserted()
    {
        var diff = WordDiff.Compare("", "Tin mới");
        Assert.Empty(diff.Old);
        Assert.Equal([new DiffPiece(DiffKind.Inserted, "Tin mới")], diff.New);
    }
}
