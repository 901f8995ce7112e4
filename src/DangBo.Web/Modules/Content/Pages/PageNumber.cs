using System.Globalization;

namespace DangBo.Web.Modules.Content.Pages;

/// <summary>The ?trang= query value of paged lists: absent means page 1; anything but a positive number is no page.</summary>
public static class PageNumber
{
    public const string QueryName = "trang";

    public static int? Parse(string? value) =>
        value is null ? 1
        : int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page >= 1 ? page
        : null;
}
