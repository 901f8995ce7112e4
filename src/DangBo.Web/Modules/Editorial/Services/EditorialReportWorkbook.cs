namespace DangBo.Web.Modules.Editorial.Services;

/// <summary>The editorial report as an .xlsx workbook: a summary by month, then one sheet per table of the page.</summary>
public static class EditorialReportWorkbook
{
    public static byte[] Create(EditorialReport report) => Xlsx.Create(workbook =>
    {
        var period = $"từ {report.Period.FromText} đến {report.Period.ToText}";
        var summary = new List<object?[]>
        {
            new object?[] { "BÁO CÁO THỐNG KÊ TIN BÀI" },
            new object?[] { report.ScopeName },
            new object?[] { "Thời gian: " + period },
            Array.Empty<object?>(),
            new object?[] { "Số tin bài xuất bản", report.Published },
            new object?[] { "Thời gian trung bình từ gửi duyệt đến xuất bản (giờ)", Hours(report.AverageHoursToPublish) },
            new object?[] { "Số tin bài tính thời gian trung bình", report.Measured },
            new object?[] { "Số lần trả lại để sửa", report.Returns },
            Array.Empty<object?>(),
            new object?[] { "Tháng", "Số tin bài xuất bản", "Thời gian trung bình từ gửi duyệt đến xuất bản (giờ)" },
        };
        summary.AddRange(report.ByMonth.Select(m => new object?[] { RoyaltyPeriod.Format(m.Period), m.Published, Hours(m.AverageHours) }));
        Xlsx.AddSheet(workbook, "Tổng hợp theo tháng", summary);
        Xlsx.AddSheet(workbook, "Theo đơn vị", Table("Đơn vị (của người viết)", "Số tin bài xuất bản", report.ByUnit, period));
        Xlsx.AddSheet(workbook, "Theo tác giả", Table("Tác giả", "Số tin bài xuất bản", report.ByAuthor, period));
        Xlsx.AddSheet(workbook, "Theo chuyên mục", Table("Chuyên mục", "Số tin bài xuất bản", report.ByCategory, period));
        Xlsx.AddSheet(workbook, "Trả lại theo tác giả", Table("Tác giả", "Số lần bị trả lại", report.ReturnsByAuthor, period));
    });

    private static IEnumerable<object?[]> Table(string label, string count, IReadOnlyList<ReportLine> lines, string period)
    {
        yield return [$"{count} theo {label.ToLower(Infrastructure.Text.VietnamTime.Culture)}, {period}"];
        yield return [];
        yield return [label, count];
        foreach (var line in lines)
        {
            yield return [line.Label, line.Count];
        }
        yield return ["Tổng cộng", lines.Sum(l => l.Count)];
    }

    private static object? Hours(double? hours) => hours is { } h ? Math.Round(h, 1) : null;
}
