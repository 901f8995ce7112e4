using System.Text.Json;
using DangBo.Web.Infrastructure.Cli;
using DangBo.Web.Modules.Content.Models;
using DangBo.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DangBo.Web.Tests.Modules.Content.Cli;

/// <summary>The <c>import</c> verb as the command line runs it, against the factory's database.</summary>
public abstract class ImportCommandTests<TFactory>(TFactory factory) : IClassFixture<TFactory>, IDisposable where TFactory : DangBoFactory
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dangbo-import-").FullName;
    private readonly string _tag = Guid.NewGuid().ToString("N")[..8];

    [Fact]
    public async Task Import_MixedFile_SavesGoodLinesReportsBadOnesByLineNumber()
    {
        var file = WriteFile(
            Line(new { title = $"Hội nghị nhập khẩu {_tag}", lead = "Sapo.", bodyHtml = "<p>Nội dung hội nghị.</p>", category = "thoi-su",
                topic = "Chuyển đổi số trong các cơ quan Đảng", author = "Nguyễn Văn A", penName = "Minh An", source = "Văn phòng Tỉnh ủy",
                publishedAt = "2026-09-02T08:30:00", featured = true, coverImageUrl = "/media/2026/09/anh.png", coverImageCaption = "Quang cảnh hội nghị." }),
            "",
            Line(new { title = "", bodyHtml = "<p>Có nội dung nhưng không có tiêu đề.</p>", category = "Thời sự" }),
            "{\"title\": \"Thiếu dấu đóng\", ",
            Line(new { title = $"Tin có mã độc {_tag}", bodyHtml = "<p>An toàn</p><script>alert('x')</script><p onclick=\"steal()\">Đoạn hai</p>", category = "KINH TẾ" }),
            Line(new { title = $"Tin chuyên mục mới {_tag}", bodyHtml = "<p>Nội dung.</p>", category = $"Chuyên mục mới {_tag}", publishedAt = "2026-10-01T10:00:00+09:00" }),
            Line(new { title = $"Tin hỏng {_tag}", bodyHtml = "", category = $"Chuyên mục hỏng {_tag}", topic = $"Chuyên đề hỏng {_tag}" }));

        var (exitCode, output) = await RunAsync(file);

        Assert.Equal(1, exitCode);
        var lines = output.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("Dòng 3: Vui lòng nhập tiêu đề.", lines);
        Assert.Contains(lines, l => l.StartsWith("Dòng 4: Dòng không phải JSON hợp lệ", StringComparison.Ordinal));
        Assert.Contains("Dòng 7: Vui lòng nhập nội dung tin bài.", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("Dòng 1:", StringComparison.Ordinal) || l.StartsWith("Dòng 5:", StringComparison.Ordinal) || l.StartsWith("Dòng 6:", StringComparison.Ordinal));
        Assert.Equal("Đã nhập 3 tin bài, 3 dòng lỗi.", lines[^1]);

        await factory.WithDbAsync(async db =>
        {
            var articles = await db.Articles.Include(a => a.Category).Include(a => a.Topics)
                .Where(a => a.Title.Contains(_tag)).ToListAsync();
            Assert.Equal(3, articles.Count);
            Assert.All(articles, a => Assert.Equal(ArticleStatus.Published, a.Status));

            var conference = articles.Single(a => a.Title.StartsWith("Hội nghị", StringComparison.Ordinal));
            Assert.Equal("thoi-su", conference.Category!.Slug);
            Assert.Equal("chuyen-doi-so", Assert.Single(conference.Topics).Slug);
            // No offset: Vietnam time, 08:30 at UTC+7.
            Assert.Equal(new DateTime(2026, 9, 2, 1, 30, 0, DateTimeKind.Utc), conference.PublishedAt);
            Assert.True(conference.IsFeatured);
            Assert.Equal("Minh An", conference.Byline);
            Assert.Equal("Văn phòng Tỉnh ủy", conference.Source);
            Assert.Equal("/media/2026/09/anh.png", conference.CoverImagePath);
            Assert.Equal("Quang cảnh hội nghị.", conference.CoverImageCaption);

            var unsafeOne = articles.Single(a => a.Title.StartsWith("Tin có mã độc", StringComparison.Ordinal));
            Assert.Equal("kinh-te", unsafeOne.Category!.Slug);
            Assert.DoesNotContain("<script", unsafeOne.BodyHtml, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("onclick", unsafeOne.BodyHtml, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("<p>An toàn</p>", unsafeOne.BodyHtml);
            Assert.Contains("Đoạn hai", unsafeOne.BodyHtml);

            var inNewCategory = articles.Single(a => a.Title.StartsWith("Tin chuyên mục mới", StringComparison.Ordinal));
            Assert.Equal($"Chuyên mục mới {_tag}", inNewCategory.Category!.Name);
            Assert.Equal($"chuyen-muc-moi-{_tag}", inNewCategory.Category.Slug);
            Assert.False(inNewCategory.Category.IsMain);
            // An explicit offset is respected: 10:00 at UTC+9 is 01:00 UTC.
            Assert.Equal(new DateTime(2026, 10, 1, 1, 0, 0, DateTimeKind.Utc), inNewCategory.PublishedAt);

            // The failed line left nothing behind: no article, no category, no topic.
            Assert.False(await db.Categories.AnyAsync(c => c.Slug == $"chuyen-muc-hong-{_tag}"));
            Assert.False(await db.Topics.AnyAsync(t => t.Slug == $"chuyen-de-hong-{_tag}"));
        });
    }

    [Fact]
    public async Task Import_AllLinesGood_ExitsZero()
    {
        var file = WriteFile(
            Line(new { title = $"Tin thứ nhất {_tag}", bodyHtml = "<p>Một.</p>", category = "Xây dựng Đảng" }),
            Line(new { title = $"Tin thứ hai {_tag}", bodyHtml = "<p>Hai.</p>", category = "xay-dung-dang", topic = new[] { "sap-xep-to-chuc-bo-may", "chuyen-doi-so" } }));

        var (exitCode, output) = await RunAsync(file);

        Assert.Equal(0, exitCode);
        Assert.Equal("Đã nhập 2 tin bài, 0 dòng lỗi.", output.Trim());
        var topicCount = await factory.WithDbAsync(db => db.Articles.Where(a => a.Title == $"Tin thứ hai {_tag}").SelectMany(a => a.Topics).CountAsync());
        Assert.Equal(2, topicCount);
    }

    [Fact]
    public async Task Import_SameTitleTwice_GivesEachItsOwnAddress()
    {
        var line = Line(new { title = $"Tin trùng tên {_tag}", bodyHtml = "<p>Nội dung.</p>", category = "thoi-su" });
        var (exitCode, _) = await RunAsync(WriteFile(line, line));

        Assert.Equal(0, exitCode);
        var slugs = await factory.WithDbAsync(db => db.Articles.Where(a => a.Title == $"Tin trùng tên {_tag}").Select(a => a.Slug).ToListAsync());
        Assert.Equal(2, slugs.Distinct().Count());
    }

    [Fact]
    public async Task Import_MissingFile_IsAUsageError()
    {
        var (exitCode, output) = await RunAsync(Path.Combine(_folder, "khong-co.jsonl"));

        Assert.Equal(2, exitCode);
        Assert.Contains("Không tìm thấy tệp", output);
    }

    [Fact]
    public async Task Import_NoArgument_IsAUsageError()
    {
        var (exitCode, output) = await RunAsync();

        Assert.Equal(2, exitCode);
        Assert.Contains("Cách dùng: import", output);
    }

    private async Task<(int ExitCode, string Output)> RunAsync(params string[] arguments)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var command = scope.ServiceProvider.GetServices<ICliCommand>().Single(c => c.Name == "import");
        using var output = new StringWriter();
        var exitCode = await command.RunAsync(arguments, output, CancellationToken.None);
        return (exitCode, output.ToString());
    }

    private static string Line(object value) => JsonSerializer.Serialize(value);

    private string WriteFile(params string[] lines)
    {
        var path = Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".jsonl");
        File.WriteAllText(path, string.Join("\n", lines) + "\n");
        return path;
    }

    public void Dispose()
    {
        Directory.Delete(_folder, recursive: true);
        GC.SuppressFinalize(this);
    }
}

public sealed class ImportCommandTests_Sqlite(SqliteFactory factory) : ImportCommandTests<SqliteFactory>(factory);

public sealed class ImportCommandTests_Postgres(PostgresFactory factory) : ImportCommandTests<PostgresFactory>(factory);
