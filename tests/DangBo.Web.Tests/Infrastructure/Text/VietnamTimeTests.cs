using DangBo.Web.Infrastructure.Text;

namespace DangBo.Web.Tests.Infrastructure.Text;

public class VietnamTimeTests
{
    // 17:30 UTC on Sunday 22/11/2026 is 00:30 on Monday 23/11/2026 in Vietnam.
    private static readonly DateTime LateSundayUtc = new(2026, 11, 22, 17, 30, 0, DateTimeKind.Utc);

    [Fact]
    public void FormatDateTime_ShowsVietnamLocalTimeAsDayMonthYearHoursMinutes() =>
        Assert.Equal("23/11/2026 00:30", VietnamTime.FormatDateTime(LateSundayUtc));

    [Fact]
    public void FormatDate_UsesTheVietnamDateNotTheUtcDate() =>
        Assert.Equal("23/11/2026", VietnamTime.FormatDate(LateSundayUtc));

    [Fact]
    public void FormatDateTime_SingleDigitDayAndMonth_ArePadded() =>
        Assert.Equal("05/01/2026 08:05", VietnamTime.FormatDateTime(new DateTime(2026, 1, 5, 1, 5, 0, DateTimeKind.Utc)));

    [Fact]
    public void FormatIso_CarriesThePlusSevenOffset() =>
        Assert.Equal("2026-11-23T00:30:00+07:00", VietnamTime.FormatIso(LateSundayUtc));

    [Fact]
    public void FormatRfc1123_StaysInGmt() =>
        Assert.Equal("Sun, 22 Nov 2026 17:30:00 GMT", VietnamTime.FormatRfc1123(LateSundayUtc));

    [Theory]
    [InlineData(2026, 11, 22, 17, 30, "Thứ Hai, 23/11/2026")]
    [InlineData(2026, 11, 22, 16, 59, "Chủ nhật, 22/11/2026")]
    [InlineData(2026, 1, 1, 3, 0, "Thứ Năm, 01/01/2026")]
    [InlineData(2026, 11, 28, 2, 0, "Thứ Bảy, 28/11/2026")]
    public void FormatLongDate_NamesTheVietnameseWeekday(int year, int month, int day, int hour, int minute, string expected) =>
        Assert.Equal(expected, VietnamTime.FormatLongDate(new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Utc)));

    [Fact]
    public void ToLocalAndToUtc_RoundTripWithASevenHourOffset()
    {
        var local = VietnamTime.ToLocal(LateSundayUtc);
        Assert.Equal(new DateTime(2026, 11, 23, 0, 30, 0), local);
        Assert.Equal(LateSundayUtc, VietnamTime.ToUtc(local));
        Assert.Equal(DateTimeKind.Utc, VietnamTime.ToUtc(local).Kind);
    }

    [Fact]
    public void ToLocal_UnspecifiedKind_IsReadAsUtcAsTheDatabaseReturnsIt() =>
        Assert.Equal("23/11/2026 00:30", VietnamTime.FormatDateTime(DateTime.SpecifyKind(LateSundayUtc, DateTimeKind.Unspecified)));
}
