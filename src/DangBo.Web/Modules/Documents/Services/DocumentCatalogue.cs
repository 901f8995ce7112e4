using DangBo.Web.Infrastructure;
using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Infrastructure.Text;
using DangBo.Web.Modules.Documents.Models;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Documents.Services;

public sealed record DocumentTypeInput(string? Name, string? Abbreviations, int SortOrder, bool IsActive);

public sealed record CommitteeTermInput(int? UnitId, string? Name, DateOnly? StartsOn, DateOnly? EndsOn, bool IsActive);

/// <summary>
/// The one path by which the catalogue behind document registration is kept: document types (global: every unit
/// writes NQ for a resolution) and committee terms (each committee's own). Validation messages are keyed by field;
/// nothing is saved unless all of the input is valid; what documents use is deactivated, never deleted.
/// </summary>
public sealed class DocumentCatalogue(DangBoDbContext db)
{
    public const int MaxSortOrder = 9999;
    private const int MaxAbbreviationLength = 10;

    public async Task<DocumentType> SaveTypeAsync(DocumentType? existing, DocumentTypeInput input, CancellationToken ct = default)
    {
        var errors = new Dictionary<string, string>();
        var name = VietnameseText.Clean(input.Name);
        if (name.Length == 0)
        {
            errors["Name"] = "Nhập tên loại văn bản, ví dụ: Nghị quyết.";
        }
        else if (name.Length > 100)
        {
            errors["Name"] = "Tên loại văn bản tối đa 100 ký tự.";
        }
        else
        {
            var others = await db.DocumentTypes.AsNoTracking().Where(t => t.Id != (existing == null ? 0 : existing.Id)).Select(t => t.Name).ToListAsync(ct);
            if (others.Any(o => string.Equals(VietnameseText.Clean(o), name, StringComparison.OrdinalIgnoreCase)))
            {
                errors["Name"] = $"Đã có loại văn bản \"{name}\".";
            }
        }
        var abbreviations = VietnameseText.Clean(input.Abbreviations)
            .Split([',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Distinct(StringComparer.Ordinal).ToList();
        if (abbreviations.Count == 0)
        {
            errors["Abbreviations"] = "Nhập chữ viết tắt dùng trong số, ký hiệu, ví dụ: NQ.";
        }
        else if (abbreviations.FirstOrDefault(a => a.Length > MaxAbbreviationLength || !a.All(char.IsLetter)) is { } bad)
        {
            errors["Abbreviations"] = $"Chữ viết tắt \"{bad}\" không hợp lệ: chỉ gồm chữ cái, tối đa {MaxAbbreviationLength} ký tự; nhiều chữ viết tắt cách nhau bằng dấu phẩy.";
        }
        if (input.SortOrder is < 0 or > MaxSortOrder)
        {
            errors["SortOrder"] = $"Thứ tự là số từ 0 đến {MaxSortOrder}.";
        }
        InputValidationException.ThrowIfAny(errors);

        var type = existing ?? new DocumentType { Key = await NewTypeKeyAsync(name, ct), Name = name, Abbreviations = "" };
        type.Name = name;
        type.Abbreviations = string.Join(", ", abbreviations);
        type.SortOrder = input.SortOrder;
        type.IsActive = input.IsActive;
        if (existing is null)
        {
            db.DocumentTypes.Add(type);
        }
        await db.SaveChangesAsync(ct);
        return type;
    }

    /// <summary>Deletes a type no document uses; one in use can only be deactivated.</summary>
    public async Task DeleteTypeAsync(DocumentType type, CancellationToken ct = default)
    {
        var used = await db.Documents.CountAsync(d => d.DocumentTypeId == type.Id, ct);
        if (used > 0)
        {
            throw new DomainException($"Không thể xóa loại văn bản {type.Name}: đang có {used} văn bản thuộc loại này. Hãy ngừng sử dụng để loại này không còn được chọn cho văn bản mới.");
        }
        db.DocumentTypes.Remove(type);
        await db.SaveChangesAsync(ct);
    }

    public async Task SetTypeActiveAsync(DocumentType type, bool active, CancellationToken ct = default)
    {
        type.IsActive = active;
        await db.SaveChangesAsync(ct);
    }

    public async Task<CommitteeTerm> SaveTermAsync(CommitteeTerm? existing, CommitteeTermInput input, CancellationToken ct = default)
    {
        var errors = new Dictionary<string, string>();
        if (input.UnitId is not { } unitId || !await db.Units.AnyAsync(u => u.Id == unitId, ct))
        {
            errors["UnitId"] = "Chọn cấp ủy của nhiệm kỳ.";
        }
        else if (existing is not null && existing.UnitId != unitId && await db.Documents.AnyAsync(d => d.CommitteeTermId == existing.Id, ct))
        {
            // Numbers of its documents were given in this committee's sequence.
            errors["UnitId"] = "Nhiệm kỳ đã có văn bản nên không thể chuyển sang cấp ủy khác.";
        }
        var name = VietnameseText.Clean(input.Name);
        if (name.Length == 0)
        {
            errors["Name"] = "Nhập tên nhiệm kỳ, ví dụ: Nhiệm kỳ 2025 - 2030.";
        }
        else if (name.Length > 100)
        {
            errors["Name"] = "Tên nhiệm kỳ tối đa 100 ký tự.";
        }
        if (input.StartsOn is null)
        {
            errors["StartsOn"] = "Nhập ngày bắt đầu nhiệm kỳ (ngày sau ngày bế mạc đại hội).";
        }
        if (input.EndsOn is { } end && input.StartsOn is { } start && end < start)
        {
            errors["EndsOn"] = "Ngày kết thúc phải sau ngày bắt đầu.";
        }
        if (!errors.ContainsKey("UnitId") && input.UnitId is { } unit)
        {
            var others = await db.CommitteeTerms.AsNoTracking().Where(t => t.UnitId == unit && t.Id != (existing == null ? 0 : existing.Id)).ToListAsync(ct);
            if (name.Length > 0 && others.Any(o => string.Equals(o.Name, name, StringComparison.OrdinalIgnoreCase)))
            {
                errors["Name"] = $"Cấp ủy này đã có {name}.";
            }
            if (input.StartsOn is { } from && !errors.ContainsKey("EndsOn"))
            {
                var to = input.EndsOn ?? DateOnly.MaxValue;
                if (others.FirstOrDefault(o => o.StartsOn <= to && from <= (o.EndsOn ?? DateOnly.MaxValue)) is { } overlap)
                {
                    // A day in two terms of one committee would leave its documents' numbering ambiguous.
                    errors["StartsOn"] = $"Thời gian trùng với {overlap.Name} ({overlap.StartsOn:dd/MM/yyyy} - {(overlap.EndsOn is { } e ? e.ToString("dd/MM/yyyy") : "nay")}).";
                }
            }
        }
        InputValidationException.ThrowIfAny(errors);

        var term = existing ?? new CommitteeTerm { Name = name };
        term.UnitId = input.UnitId!.Value;
        term.Name = name;
        term.StartsOn = input.StartsOn!.Value;
        term.EndsOn = input.EndsOn;
        term.IsActive = input.IsActive;
        if (existing is null)
        {
            db.CommitteeTerms.Add(term);
        }
        await db.SaveChangesAsync(ct);
        return term;
    }

    public async Task DeleteTermAsync(CommitteeTerm term, CancellationToken ct = default)
    {
        var used = await db.Documents.CountAsync(d => d.CommitteeTermId == term.Id, ct);
        if (used > 0)
        {
            throw new DomainException($"Không thể xóa {term.Name}: đang có {used} văn bản thuộc nhiệm kỳ này. Hãy ngừng sử dụng để nhiệm kỳ không còn được chọn cho văn bản mới.");
        }
        db.CommitteeTerms.Remove(term);
        await db.SaveChangesAsync(ct);
    }

    public async Task SetTermActiveAsync(CommitteeTerm term, bool active, CancellationToken ct = default)
    {
        term.IsActive = active;
        await db.SaveChangesAsync(ct);
    }

    private async Task<string> NewTypeKeyAsync(string name, CancellationToken ct)
    {
        var stem = SlugGenerator.From(name, 40);
        if (stem.Length == 0)
        {
            stem = "loai";
        }
        var key = stem;
        for (var n = 2; await db.DocumentTypes.AnyAsync(t => t.Key == key, ct); n++)
        {
            key = $"{stem}-{n}";
        }
        return key;
    }
}
