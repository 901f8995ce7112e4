using DangBo.Web.Modules.Editorial.Models;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DangBo.Web.Modules.Editorial.Services;

/// <summary>The monthly royalty report as an .xlsx workbook: one sheet of items by author, one of totals by unit.</summary>
public static class RoyaltyWorkbook
{
    public static byte[] Create(RoyaltyReport report)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            var period = RoyaltyPeriod.Format(report.Period);

            var items = new List<object?[]>
            {
                new object?[] { $"BẢNG NHUẬN BÚT THÁNG {period}" },
                new object?[] { report.PortalName },
                Array.Empty<object?>(),
                new object?[] { "STT", "Tác giả", "Bút danh", "Đơn vị", "Tin bài", "Loại", "Mức", "Số tiền (đồng)", "Người chấm" },
            };
            var n = 0;
            foreach (var author in report.ByAuthor)
            {
                foreach (var e in author.Items)
                {
                    items.Add([++n, e.AuthorName, e.PenName, e.AuthorUnitName, e.ArticleTitle, e.ContentType.ToVietnamese(), e.Grade, e.Amount, e.GradedByName]);
                }
                items.Add([null, $"Cộng {author.AuthorName}", null, null, $"{author.Count} tin bài", null, null, author.Total, null]);
            }
            items.Add([null, "TỔNG CỘNG", null, null, $"{report.Count} tin bài", null, null, report.Total, null]);
            AddSheet(workbook, "Theo tác giả", items);

            var units = new List<object?[]>
            {
                new object?[] { $"TỔNG HỢP NHUẬN BÚT THEO ĐƠN VỊ THÁNG {period}" },
                Array.Empty<object?>(),
                new object?[] { "Đơn vị", "Số tin bài", "Số tiền (đồng)" },
            };
            units.AddRange(report.ByUnit.Select(u => new object?[] { u.UnitName, u.Count, u.Total }));
            units.Add(["TỔNG CỘNG", report.Count, report.Total]);
            AddSheet(workbook, "Theo đơn vị", units);
        }
        return stream.ToArray();
    }

    private static void AddSheet(WorkbookPart workbook, string name, IEnumerable<object?[]> rows) => Xlsx.AddSheet(workbook, name, rows);
}
