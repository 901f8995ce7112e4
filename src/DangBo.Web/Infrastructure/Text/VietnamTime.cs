using System.Globalization;

namespace DangBo.Web.Infrastructure.Text;

/// <summary>Instants are stored in UTC and shown in Asia/Ho_Chi_Minh as dd/MM/yyyy.</summary>
public static class VietnamTime
{
    public static readonly TimeZoneInfo Zone = FindZone();
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("vi-VN");

    private static TimeZoneInfo FindZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");
        }
        catch (TimeZoneNotFoundException)
        {
            // Vietnam has kept UTC+7 without daylight saving since 1975.
            return TimeZoneInfo.CreateCustomTimeZone("Asia/Ho_Chi_Minh", TimeSpan.FromHours(7), "Giờ Việt Nam", "Giờ Việt Nam");
        }
    }

    public static DateTime ToLocal(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    public static DateTime ToUtc(DateTime local) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Zone);

    public static string FormatDate(DateTime utc) => ToLocal(utc).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string FormatDateTime(DateTime utc) => ToLocal(utc).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    /// <summary>ISO 8601 with the +07:00 offset, for metadata (schema.org, Open Graph).</summary>
    public static string FormatIso(DateTime utc) =>
        new DateTimeOffset(ToLocal(utc), Zone.BaseUtcOffset).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    public static string FormatRfc1123(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("R", CultureInfo.InvariantCulture);

    private static readonly string[] Weekdays = ["Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"];

    /// <summary>"Thứ Hai, 23/11/2026" as shown in the portal header.</summary>
    public static string FormatLongDate(DateTime utc)
    {
        var local = ToLocal(utc);
        return $"{Weekdays[(int)local.DayOfWeek]}, {local.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}";
    }
}
