using DiffPlex;

namespace DangBo.Web.Infrastructure.Text;

public enum DiffKind
{
    Same,
    Deleted,
    Inserted,
}

public sealed record DiffPiece(DiffKind Kind, string Text);

/// <summary>The two sides of a word-level comparison: the old text with its deletions marked, the new one with its insertions.</summary>
public sealed record SideBySideDiff(IReadOnlyList<DiffPiece> Old, IReadOnlyList<DiffPiece> New)
{
    public bool HasChanges => Old.Any(p => p.Kind != DiffKind.Same) || New.Any(p => p.Kind != DiffKind.Same);
}

/// <summary>Word-by-word comparison of visible text, for revisions side by side.</summary>
public static class WordDiff
{
    private static readonly char[] Separators = [' ', '\n', '\t', '\r'];

    public static SideBySideDiff Compare(string oldText, string newText)
    {
        var result = new Differ().CreateWordDiffs(oldText, newText, ignoreWhitespace: false, Separators);
        var oldPieces = new List<DiffPiece>();
        var newPieces = new List<DiffPiece>();
        int a = 0, b = 0;
        foreach (var block in result.DiffBlocks)
        {
            Add(oldPieces, DiffKind.Same, result.PiecesOld, a, block.DeleteStartA - a);
            Add(newPieces, DiffKind.Same, result.PiecesNew, b, block.InsertStartB - b);
            Add(oldPieces, DiffKind.Deleted, result.PiecesOld, block.DeleteStartA, block.DeleteCountA);
            Add(newPieces, DiffKind.Inserted, result.PiecesNew, block.InsertStartB, block.InsertCountB);
            a = block.DeleteStartA + block.DeleteCountA;
            b = block.InsertStartB + block.InsertCountB;
        }
        Add(oldPieces, DiffKind.Same, result.PiecesOld, a, result.PiecesOld.Length - a);
        Add(newPieces, DiffKind.Same, result.PiecesNew, b, result.PiecesNew.Length - b);
        return new SideBySideDiff(oldPieces, newPieces);
    }

    private static void Add(List<DiffPiece> pieces, DiffKind kind, IReadOnlyList<string> words, int start, int count)
    {
        if (count <= 0)
        {
            return;
        }
        var text = string.Concat(words.Skip(start).Take(count));
        // Neighbouring pieces of one kind read as one run.
        if (pieces.Count > 0 && pieces[^1].Kind == kind)
        {
            pieces[^1] = pieces[^1] with { Text = pieces[^1].Text + text };
        }
        else
        {
            pieces.Add(new DiffPiece(kind, text));
        }
    }
}
