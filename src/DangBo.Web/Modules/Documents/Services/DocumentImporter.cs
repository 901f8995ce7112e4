using System.Globalization;
using System.Text.Json;
using DangBo.Web.Infrastructure;
using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Infrastructure.Text;
using DangBo.Web.Modules.Documents.Models;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Documents.Services;

/// <summary>One row of an import or export file; the same columns both ways, so an export imports back.</summary>
public sealed record DocumentRow(string? Type, string? Code, string? Issuer, string? Signer, string? SignerPosition, string? IssuedOn,
    string? EffectiveOn, string? ExpiresOn, string? Summary, string? Field, string? Term, string? Visibility, string? Units);

public sealed record ImportRowError(int Row, string Message);

public sealed record ImportReport(int Imported, IReadOnlyList<ImportRowError> Errors, IReadOnlyList<string> Notes);

/// <summary>
/// Bulk import from .xlsx or JSON Lines and export to .xlsx. Each row goes through <see cref="DocumentRegistry"/>
/// on its own: a bad row is reported with its number and nothing of it is saved; good rows are kept.
/// </summary>
public sealed class DocumentImporter(DangBoDbContext db, DocumentRegistry registry)
{
    public static readonly string[] Columns =
    [
        "Loại văn bản", "Số, ký hiệu", "Cơ quan ban hành", "Người ký", "Chức vụ người ký", "Ngày ban hành", "Ngày hiệu lực",
        "Ngày hết hiệu lực", "Trích yếu", "Lĩnh vực", "Nhiệm kỳ", "Phạm vi", "Đơn vị được xem",
    ];

    public const int MaxRows = 5000;

    public async Task<ImportReport> ImportAsync(int portalId, int ownerUnitId, string fileName, byte[] bytes, CancellationToken ct = default)
    {
        IReadOnlyList<(int Row, DocumentRow? Data, string? Error)> rows;
        if (DocumentFileInspector.Inspect(bytes) == DocumentFileInspector.Xlsx)
        {
            rows = ReadXlsx(bytes);
        }
        else if (fileName.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
                 || bytes.Length > 0 && bytes[0] == (byte)'{')
        {
            rows = ReadJsonLines(bytes);
        }
        else
        {
            throw new DomainException("Tệp nhập phải là bảng tính Excel (.xlsx) hoặc JSON Lines (.jsonl), mỗi dòng một văn bản.");
        }
        if (rows.Count == 0)
        {
            throw new DomainException("Tệp không có dòng văn bản nào.");
        }
        if (rows.Count > MaxRows)
        {
            throw new DomainException($"Mỗi lần nhập tối đa {MaxRows} văn bản.");
        }
        var types = await db.DocumentTypes.AsNoTracking().ToListAsync(ct);
        var units = await db.Units.AsNoTracking().Select(u => new { u.Id, u.Name, u.ShortName, u.Slug, u.Path }).ToListAsync(ct);
        var terms = await db.CommitteeTerms.AsNoTracking().ToListAsync(ct);
        var errors = new List<ImportRowError>();
        var notes = new List<string>();
        var imported = 0;
        foreach (var (rowNumber, data, readError) in rows)
        {
            if (data is null)
            {
                errors.Add(new(rowNumber, readError ?? "Không đọc được dòng."));
                continue;
            }
            var problems = new List<string>();
            var type = Clean(data.Type) is { } typeText
                ? types.FirstOrDefault(t => string.Equals(t.Key, typeText, StringComparison.OrdinalIgnoreCase) || string.Equals(t.Name, typeText, StringComparison.OrdinalIgnoreCase))
                  ?? types.FirstOrDefault(t => DocumentCodeParser.SameAbbreviation(t.PrimaryAbbreviation, typeText))
                : null;
            if (type is null)
            {
                problems.Add(Clean(data.Type) is null ? "thiếu loại văn bản" : $"không có loại văn bản \"{Clean(data.Type)}\"");
            }
            int? issuerUnitId = null;
            string? issuerName = null;
            if (Clean(data.Issuer) is { } issuerText)
            {
                var unit = units.FirstOrDefault(u => string.Equals(u.Name, issuerText, StringComparison.OrdinalIgnoreCase)
                    || string.Equals(u.ShortName, issuerText, StringComparison.OrdinalIgnoreCase) || u.Slug == issuerText);
                issuerUnitId = unit?.Id;
                issuerName = unit is null ? issuerText : null;
            }
            int? termId = null;
            if (Clean(data.Term) is { } termText)
            {
                // Every committee has its own "2025 - 2030": the issuer's (or the nearest committee above it) is meant.
                var chain = DocumentReaders.PathIds(units.FirstOrDefault(u => u.Id == (issuerUnitId ?? ownerUnitId))?.Path).ToList();
                termId = terms.Where(t => chain.Contains(t.UnitId) && NormalizeTerm(t.Name) == NormalizeTerm(termText))
                    .OrderByDescending(t => chain.IndexOf(t.UnitId)).FirstOrDefault()?.Id;
                if (termId is null)
                {
                    problems.Add($"không có nhiệm kỳ \"{termText}\"");
                }
            }
            var visibility = ParseVisibility(Clean(data.Visibility));
            if (visibility is null)
            {
                problems.Add($"phạm vi \"{Clean(data.Visibility)}\" không hợp lệ (công khai, đảng viên hoặc đơn vị)");
            }
            var audience = new List<int>();
            foreach (var name in (data.Units ?? "").Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var unit = units.FirstOrDefault(u => u.Slug == name || string.Equals(u.Name, name, StringComparison.OrdinalIgnoreCase) || string.Equals(u.ShortName, name, StringComparison.OrdinalIgnoreCase));
                if (unit is null)
                {
                    problems.Add($"không có đơn vị \"{name}\"");
                }
                else
                {
                    audience.Add(unit.Id);
                }
            }
            var issued = ParseDate(data.IssuedOn, "ngày ban hành", problems);
            var effective = ParseDate(data.EffectiveOn, "ngày hiệu lực", problems);
            var expires = ParseDate(data.ExpiresOn, "ngày hết hiệu lực", problems);
            if (problems.Count > 0)
            {
                errors.Add(new(rowNumber, Capitalise(string.Join("; ", problems)) + "."));
                continue;
            }
            var input = new DocumentInput(ownerUnitId, type!.Id, data.Code, issuerUnitId, issuerName, data.Signer, data.SignerPosition,
                issued, effective, expires, data.Summary, data.Field, termId, visibility!.Value, audience);
            try
            {
                var result = await registry.CreateAsync(portalId, input, [], acceptWarnings: true, ct);
                imported++;
                notes.AddRange(result.Advice.Warnings.Select(w => $"Dòng {rowNumber}: {w}"));
            }
            catch (InputValidationException e)
            {
                errors.Add(new(rowNumber, string.Join(" ", e.Errors.Values)));
            }
            catch (DomainException e)
            {
                errors.Add(new(rowNumber, e.Message));
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }
        return new ImportReport(imported, errors, notes);
    }

    /// <summary>The documents as an .xlsx with the import columns plus status and downloads.</summary>
    public static byte[] Export(IEnumerable<(DocumentCard Card, DocumentRow Row)> documents)
    {
        using var stream = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = doc.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            data.Append(Row(1, [.. Columns, "Tình trạng", "Lượt tải"]));
            var r = 2u;
            foreach (var (card, row) in documents)
            {
                data.Append(Row(r++, [row.Type, row.Code, row.Issuer, row.Signer, row.SignerPosition, row.IssuedOn, row.EffectiveOn,
                    row.ExpiresOn, row.Summary, row.Field, row.Term, row.Visibility, row.Units, card.Status.ToVietnamese(),
                    card.DownloadCount.ToString(CultureInfo.InvariantCulture)]));
            }
            sheetPart.Worksheet = new Worksheet(data);
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            sheets.Append(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "Văn bản" });
            workbook.Workbook.Save();
        }
        return stream.ToArray();
    }

    private static Row Row(uint index, string?[] values)
    {
        var row = new Row { RowIndex = index };
        for (var i = 0; i < values.Length; i++)
        {
            row.Append(new Cell
            {
                CellReference = ColumnName(i) + index.ToString(CultureInfo.InvariantCulture),
                DataType = CellValues.InlineString,
                InlineString = new InlineString(new Text(values[i] ?? "") { Space = SpaceProcessingModeValues.Preserve }),
            });
        }
        return row;
    }

    private static string ColumnName(int index) => index < 26 ? ((char)('A' + index)).ToString() : $"{(char)('A' + index / 26 - 1)}{(char)('A' + index % 26)}";

    private static List<(int, DocumentRow?, string?)> ReadJsonLines(byte[] bytes)
    {
        var rows = new List<(int, DocumentRow?, string?)>();
        using var reader = new StreamReader(new MemoryStream(bytes), System.Text.Encoding.UTF8);
        var options = new JsonSerializerOptions { PropertyNameCaseInsensitive = true };
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            try
            {
                var json = JsonSerializer.Deserialize<JsonRow>(line, options);
                rows.Add(json is null ? (number, null, "Dòng trống.") : (number, json.ToRow(), null));
            }
            catch (JsonException)
            {
                rows.Add((number, null, "Dòng không phải là JSON hợp lệ."));
            }
        }
        return rows;
    }

    private sealed record JsonRow(JsonElement? Type, JsonElement? Code, JsonElement? Issuer, JsonElement? Signer, JsonElement? SignerPosition,
        JsonElement? IssuedOn, JsonElement? EffectiveOn, JsonElement? ExpiresOn, JsonElement? Summary, JsonElement? Field, JsonElement? Term,
        JsonElement? Visibility, JsonElement? Units)
    {
        public DocumentRow ToRow() => new(S(Type), S(Code), S(Issuer), S(Signer), S(SignerPosition), S(IssuedOn), S(EffectiveOn), S(ExpiresOn),
            S(Summary), S(Field), S(Term), S(Visibility),
            Units is { ValueKind: JsonValueKind.Array } a ? string.Join(";", a.EnumerateArray().Select(e => e.ToString())) : S(Units));

        private static string? S(JsonElement? e) => e is null || e.Value.ValueKind == JsonValueKind.Null ? null : e.Value.ToString();
    }

    private static List<(int, DocumentRow?, string?)> ReadXlsx(byte[] bytes)
    {
        var rows = new List<(int, DocumentRow?, string?)>();
        using var doc = SpreadsheetDocument.Open(new MemoryStream(bytes, writable: false), false);
        var workbook = doc.WorkbookPart ?? throw new DomainException("Bảng tính không có trang nào.");
        var sheet = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault() ?? throw new DomainException("Bảng tính không có trang nào.");
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        Dictionary<int, int>? map = null;
        foreach (var row in part.Worksheet.Descendants<Row>())
        {
            var cells = new Dictionary<int, string>();
            foreach (var cell in row.Elements<Cell>())
            {
                var column = ColumnIndex(cell.CellReference?.Value);
                if (column >= 0)
                {
                    cells[column] = CellText(cell, shared);
                }
            }
            var number = (int)(row.RowIndex?.Value ?? 0);
            if (map is null)
            {
                // The header row names the columns; their order may differ from the export's.
                map = new Dictionary<int, int>();
                foreach (var (column, header) in cells)
                {
                    var known = Array.FindIndex(Columns, c => string.Equals(c, VietnameseText.Clean(header), StringComparison.OrdinalIgnoreCase));
                    if (known >= 0)
                    {
                        map[known] = column;
                    }
                }
                if (!map.ContainsKey(1) || !map.ContainsKey(8))
                {
                    throw new DomainException("Dòng đầu của bảng tính phải là tên cột: " + string.Join(", ", Columns) + ".");
                }
                continue;
            }
            if (cells.Values.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }
            string? At(int i) => map.TryGetValue(i, out var c) && cells.TryGetValue(c, out var v) ? v : null;
            rows.Add((number, new DocumentRow(At(0), At(1), At(2), At(3), At(4), At(5), At(6), At(7), At(8), At(9), At(10), At(11), At(12)), null));
        }
        return rows;
    }

    private static string CellText(Cell cell, List<string> shared)
    {
        if (cell.DataType?.Value == CellValues.SharedString && int.TryParse(cell.CellValue?.Text, out var index) && index < shared.Count)
        {
            return shared[index];
        }
        if (cell.DataType?.Value == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? "";
        }
        return cell.CellValue?.Text ?? "";
    }

    private static int ColumnIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return -1;
        }
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsLetter))
        {
            index = index * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        }
        return index - 1;
    }

    private static DateOnly? ParseDate(string? text, string what, List<string> problems)
    {
        var value = Clean(text);
        if (value is null)
        {
            return null;
        }
        string[] formats = ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"];
        if (DateOnly.TryParseExact(value, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        // Spreadsheets often keep dates as serial numbers.
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 1 and < 100000)
        {
            return DateOnly.FromDateTime(DateTime.FromOADate(serial));
        }
        problems.Add($"{what} \"{value}\" không đúng dạng ngày/tháng/năm");
        return null;
    }

    public static DocumentVisibility? ParseVisibility(string? text) =>
        SlugGenerator.From(text ?? "") switch
        {
            "" or "cong-khai" or "public" => DocumentVisibility.Public,
            "dang-vien" or "moi-dang-vien" or "all-members" or "allmembers" => DocumentVisibility.AllMembers,
            "don-vi" or "units" => DocumentVisibility.Units,
            _ => null,
        };

    public static string VisibilityWord(DocumentVisibility v) => v switch
    {
        DocumentVisibility.AllMembers => "đảng viên",
        DocumentVisibility.Units => "đơn vị",
        _ => "công khai",
    };

    private static string NormalizeTerm(string s) => new(s.Where(char.IsDigit).ToArray());

    private static string? Clean(string? s) => VietnameseText.CleanOrNull(s);

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpper(s[0], VietnamTime.Culture) + s[1..];
}
