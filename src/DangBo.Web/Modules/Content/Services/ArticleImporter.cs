using System.Globalization;
using System.Text.Json;
using DangBo.Web.Infrastructure;
using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Infrastructure.Text;
using DangBo.Web.Modules.Content.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace DangBo.Web.Modules.Content.Services;

/// <summary>One line of an import file as read, before the editor's validation.</summary>
public sealed record ArticleImportLine
{
    public string? Title { get; init; }
    public string? Lead { get; init; }
    public string? BodyHtml { get; init; }
    /// <summary>Name or slug; created when unknown.</summary>
    public string? Category { get; init; }
    /// <summary>Names or slugs of special topics; created when unknown.</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];
    public string? Author { get; init; }
    public string? PenName { get; init; }
    public string? Source { get; init; }
    /// <summary>Null: published at the time of the import.</summary>
    public DateTime? PublishedAtUtc { get; init; }
    public string? CoverImageUrl { get; init; }
    public string? CoverImageCaption { get; init; }
    public bool Featured { get; init; }
}

public sealed record ArticleImportError(int LineNumber, string Message)
{
    public override string ToString() => $"Dòng {LineNumber}: {Message}";
}

public sealed record ArticleImportResult(int Imported, IReadOnlyList<ArticleImportError> Errors);

/// <summary>
/// Imports published articles from JSON Lines (one object a line). Every line goes through
/// <see cref="ArticleEditor"/>, so the rules and the sanitiser are the editor's; a line either saves
/// completely (with the categories and topics it creates) or not at all, and never stops the others.
/// </summary>
public sealed class ArticleImporter(DangBoDbContext db, ArticleEditor editor, TimeProvider clock, ILogger<ArticleImporter> logger)
{
    private const int CategoryNameMaxLength = 200;
    private const int TopicNameMaxLength = 300;
    private const string LineSavepoint = "import_line";

    /// <param name="prepare">Adjusts each parsed line before it is saved (the demo seeder gives lines their generated covers).</param>
    public async Task<ArticleImportResult> ImportAsync(int portalId, TextReader reader,
        Func<ArticleImportLine, ArticleImportLine>? prepare = null, CancellationToken ct = default)
    {
        var imported = 0;
        var errors = new List<ArticleImportError>();
        var lineNumber = 0;
        while (await reader.ReadLineAsync(ct) is { } text)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }
            try
            {
                var line = Parse(text);
                await ImportLineAsync(portalId, prepare is null ? line : prepare(line), ct);
                imported++;
            }
            catch (ImportLineException e)
            {
                errors.Add(new(lineNumber, e.Message));
            }
            catch (ArticleValidationException e)
            {
                errors.Add(new(lineNumber, string.Join(" ", e.Errors.Values)));
            }
            catch (DomainException e)
            {
                errors.Add(new(lineNumber, e.Message));
            }
            catch (DbUpdateException e)
            {
                logger.LogWarning(e, "Import line {Line} could not be saved.", lineNumber);
                errors.Add(new(lineNumber, "Không lưu được tin bài vào cơ sở dữ liệu: " + (e.InnerException ?? e).Message));
            }
        }
        return new(imported, errors);
    }

    /// <summary>Saves one line in a transaction of its own (or a savepoint of the caller's), so a failure leaves nothing behind.</summary>
    private async Task ImportLineAsync(int portalId, ArticleImportLine line, CancellationToken ct)
    {
        var trackedBefore = db.ChangeTracker.Entries().Select(e => e.Entity).ToHashSet(ReferenceEqualityComparer.Instance);
        var outer = db.Database.CurrentTransaction;
        IDbContextTransaction? own = null;
        if (outer is null)
        {
            own = await db.Database.BeginTransactionAsync(ct);
        }
        else
        {
            await outer.CreateSavepointAsync(LineSavepoint, ct);
        }
        try
        {
            var input = new ArticleInput
            {
                Title = line.Title,
                Lead = line.Lead,
                BodyHtml = line.BodyHtml,
                CategoryId = await ResolveCategoryAsync(portalId, line.Category, ct),
                TopicIds = await ResolveTopicsAsync(portalId, line.Topics, ct),
                Author = line.Author,
                PenName = line.PenName,
                Source = line.Source,
                CoverImagePath = line.CoverImageUrl,
                CoverImageCaption = line.CoverImageCaption,
                IsFeatured = line.Featured,
            };
            var article = await editor.CreateAsync(portalId, input, userId: null, ct);
            article.Publish(clock.GetUtcNow().UtcDateTime, line.PublishedAtUtc);
            await db.SaveChangesAsync(ct);
            if (own is not null)
            {
                await own.CommitAsync(ct);
            }
            else
            {
                await outer!.ReleaseSavepointAsync(LineSavepoint, ct);
            }
        }
        catch
        {
            if (own is not null)
            {
                await own.RollbackAsync(CancellationToken.None);
            }
            else
            {
                await outer!.RollbackToSavepointAsync(LineSavepoint, CancellationToken.None);
            }
            throw;
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }
            // What this line tracked is either saved or rolled back; forgetting it keeps long imports lean
            // and keeps a failed line's entities out of the next line's save.
            foreach (var entry in db.ChangeTracker.Entries().Where(e => !trackedBefore.Contains(e.Entity)).ToList())
            {
                entry.State = EntityState.Detached;
            }
        }
    }

    /// <summary>Matches a slug, then a name (case-insensitive, NFC), then the slug the name would get; otherwise creates the category.</summary>
    private async Task<int?> ResolveCategoryAsync(int portalId, string? given, CancellationToken ct)
    {
        var value = VietnameseText.CleanOrNull(given);
        if (value is null)
        {
            return null; // the editor's own message asks for a category
        }
        var existing = await db.Categories.Where(c => c.PortalId == portalId)
            .Select(c => new NamedSlug(c.Id, c.Name, c.Slug)).ToListAsync(ct);
        var slug = SlugGenerator.From(value);
        if (Match(existing, value, slug) is { } id)
        {
            return id;
        }
        CheckNewName(value, slug, CategoryNameMaxLength, "Tên chuyên mục");
        var category = new Category
        {
            PortalId = portalId,
            Name = value,
            Slug = slug,
            SortOrder = await db.Categories.Where(c => c.PortalId == portalId).MaxAsync(c => (int?)c.SortOrder, ct) + 1 ?? 1,
            // Not main: an import does not add menu entries or home-page blocks by itself.
            IsMain = false,
        };
        db.Categories.Add(category);
        await db.SaveChangesAsync(ct);
        return category.Id;
    }

    private async Task<IReadOnlyList<int>> ResolveTopicsAsync(int portalId, IReadOnlyList<string> given, CancellationToken ct)
    {
        var values = given.Select(VietnameseText.CleanOrNull).OfType<string>().ToList();
        if (values.Count == 0)
        {
            return [];
        }
        var existing = await db.Topics.Where(t => t.PortalId == portalId)
            .Select(t => new NamedSlug(t.Id, t.Name, t.Slug)).ToListAsync(ct);
        var ids = new List<int>();
        foreach (var value in values)
        {
            var slug = SlugGenerator.From(value);
            if (Match(existing, value, slug) is { } id)
            {
                ids.Add(id);
                continue;
            }
            CheckNewName(value, slug, TopicNameMaxLength, "Tên chuyên đề");
            var topic = new Topic
            {
                PortalId = portalId,
                Name = value,
                Slug = slug,
                SortOrder = await db.Topics.Where(t => t.PortalId == portalId).MaxAsync(t => (int?)t.SortOrder, ct) + 1 ?? 1,
            };
            db.Topics.Add(topic);
            await db.SaveChangesAsync(ct);
            existing.Add(new(topic.Id, topic.Name, topic.Slug));
            ids.Add(topic.Id);
        }
        return ids;
    }

    private sealed record NamedSlug(int Id, string Name, string Slug);

    private static int? Match(IReadOnlyList<NamedSlug> existing, string value, string slug) =>
        (existing.FirstOrDefault(x => x.Slug == value)
            ?? existing.FirstOrDefault(x => string.Equals(x.Name.Normalize(), value, StringComparison.OrdinalIgnoreCase))
            ?? existing.FirstOrDefault(x => slug.Length > 0 && x.Slug == slug))?.Id;

    private static void CheckNewName(string value, string slug, int maxLength, string label)
    {
        if (value.Length > maxLength)
        {
            throw new ImportLineException($"{label} dài tối đa {maxLength} ký tự.");
        }
        if (slug.Length == 0)
        {
            throw new ImportLineException($"{label} «{value}» phải có chữ hoặc số.");
        }
    }

    /// <summary>Reads one JSON object; wrong types and dates are reported in Vietnamese, naming the field as written in the file.</summary>
    public static ArticleImportLine Parse(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            var position = e.BytePositionInLine is { } p ? $" (gần ký tự thứ {p + 1})" : "";
            throw new ImportLineException($"Dòng không phải JSON hợp lệ{position}.");
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new ImportLineException("Mỗi dòng phải là một đối tượng JSON {…}.");
            }
            var line = new ArticleImportLine();
            foreach (var property in root.EnumerateObject())
            {
                var value = property.Value;
                line = property.Name.ToLowerInvariant() switch
                {
                    "title" => line with { Title = Text(property) },
                    "lead" => line with { Lead = Text(property) },
                    "bodyhtml" => line with { BodyHtml = Text(property) },
                    "category" => line with { Category = Text(property) },
                    "topic" => line with { Topics = TextList(property) },
                    "author" => line with { Author = Text(property) },
                    "penname" => line with { PenName = Text(property) },
                    "source" => line with { Source = Text(property) },
                    "publishedat" => line with { PublishedAtUtc = ParsePublishedAt(Text(property)) },
                    "coverimageurl" => line with { CoverImageUrl = Text(property) },
                    "coverimagecaption" => line with { CoverImageCaption = Text(property) },
                    "featured" => line with
                    {
                        Featured = value.ValueKind switch
                        {
                            JsonValueKind.True => true,
                            JsonValueKind.False or JsonValueKind.Null => false,
                            _ => throw new ImportLineException($"Trường «{property.Name}» phải là true hoặc false."),
                        },
                    },
                    // Unknown fields are ignored so that files exported by other systems can carry extras.
                    _ => line,
                };
            }
            return line;
        }
    }

    private static string? Text(JsonProperty property) => property.Value.ValueKind switch
    {
        JsonValueKind.String => property.Value.GetString(),
        JsonValueKind.Null => null,
        _ => throw new ImportLineException($"Trường «{property.Name}» phải là một chuỗi."),
    };

    private static IReadOnlyList<string> TextList(JsonProperty property) => property.Value.ValueKind switch
    {
        JsonValueKind.String => [property.Value.GetString()!],
        JsonValueKind.Null => [],
        JsonValueKind.Array when property.Value.EnumerateArray().All(v => v.ValueKind == JsonValueKind.String) =>
            property.Value.EnumerateArray().Select(v => v.GetString()!).ToList(),
        _ => throw new ImportLineException($"Trường «{property.Name}» phải là một chuỗi hoặc một mảng chuỗi."),
    };

    private static readonly string[] OffsetFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", "yyyy-MM-dd'T'HH:mmzzz", "yyyy-MM-dd HH:mm:ss.FFFFFFFzzz", "yyyy-MM-dd HH:mmzzz",
    ];

    private static readonly string[] UtcFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", "yyyy-MM-dd'T'HH:mm'Z'", "yyyy-MM-dd HH:mm:ss.FFFFFFF'Z'", "yyyy-MM-dd HH:mm'Z'",
    ];

    private static readonly string[] LocalFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm:ss.FFFFFFF", "yyyy-MM-dd HH:mm", "yyyy-MM-dd",
    ];

    /// <summary>ISO 8601: an offset (or Z) is respected; a time without one is Vietnam time.</summary>
    public static DateTime? ParsePublishedAt(string? text)
    {
        var value = text?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }
        var invariant = CultureInfo.InvariantCulture;
        if (DateTimeOffset.TryParseExact(value, OffsetFormats, invariant, DateTimeStyles.None, out var withOffset))
        {
            return withOffset.UtcDateTime;
        }
        if (DateTime.TryParseExact(value, UtcFormats, invariant, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var utc))
        {
            return DateTime.SpecifyKind(utc, DateTimeKind.Utc);
        }
        if (DateTime.TryParseExact(value, LocalFormats, invariant, DateTimeStyles.None, out var local))
        {
            return VietnamTime.ToUtc(local);
        }
        throw new ImportLineException($"Thời điểm xuất bản «{value}» không đúng định dạng ISO 8601 (ví dụ 2026-09-02T08:30:00 hoặc 2026-09-02T08:30:00+07:00).");
    }
}

/// <summary>A problem with one import line, worded for the person who wrote the file.</summary>
public sealed class ImportLineException(string message) : Exception(message);
