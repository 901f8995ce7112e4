using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using DangBo.Web.Infrastructure.Text;
using DangBo.Web.Modules.Content.Models;

namespace DangBo.Web.Modules.Content.Services;

/// <summary>One metadata field of two revisions, and whether it changed.</summary>
public sealed record FieldChange(string Label, string? Old, string? New)
{
    public bool Changed => !string.Equals(Old, New, StringComparison.Ordinal);
}

public sealed record RevisionComparisonResult(SideBySideDiff Title, SideBySideDiff Lead, SideBySideDiff Body, IReadOnlyList<FieldChange> Fields);

/// <summary>Compares what readers see of two revisions: title, lead and body text word by word, and the metadata field by field.</summary>
public static partial class RevisionComparison
{
    private const string Blocks = "p, h1, h2, h3, h4, h5, h6, li, blockquote, figcaption, td, th, pre";

    public static RevisionComparisonResult Compare(ArticleRevision older, ArticleRevision newer, Func<int, string> categoryName, Func<IReadOnlyList<int>, string> topicNames) => new(
        WordDiff.Compare(older.Title, newer.Title),
        WordDiff.Compare(older.Lead, newer.Lead),
        WordDiff.Compare(VisibleText(older.BodyHtml), VisibleText(newer.BodyHtml)),
        [
            new("Chuyên mục", categoryName(older.CategoryId), categoryName(newer.CategoryId)),
            new("Chuyên đề", topicNames(older.TopicIdList), topicNames(newer.TopicIdList)),
            new("Tác giả", older.Author, newer.Author),
            new("Bút danh", older.PenName, newer.PenName),
            new("Nguồn", older.Source, newer.Source),
            new("Ảnh đại diện", older.CoverImagePath, newer.CoverImagePath),
            new("Chú thích ảnh", older.CoverImageCaption, newer.CoverImageCaption),
            new("Tin nổi bật", older.IsFeatured ? "Có" : "Không", newer.IsFeatured ? "Có" : "Không"),
        ]);

    /// <summary>The body's text as readers see it, one line per paragraph; pictures appear as [Ảnh: …] so their changes show.</summary>
    public static string VisibleText(string bodyHtml)
    {
        var body = new HtmlParser().ParseDocument("<!DOCTYPE html><body>" + bodyHtml).Body!;
        foreach (var img in body.QuerySelectorAll("img").ToList())
        {
            var label = img.GetAttribute("alt") is { Length: > 0 } alt ? alt : img.GetAttribute("src") ?? "";
            img.Replace(body.Owner!.CreateTextNode($" [Ảnh: {label}] "));
        }
        var lines = body.QuerySelectorAll(Blocks)
            .Where(e => e.QuerySelector(Blocks) is null)
            .Select(e => Spaces().Replace(e.TextContent, " ").Trim())
            .Where(t => t.Length > 0)
            .ToList();
        // Text outside any block (rare after sanitising) still counts.
        return lines.Count > 0 ? string.Join("\n", lines) : Spaces().Replace(body.TextContent, " ").Trim();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
