using System.Globalization;
using DangBo.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DangBo.Web.Modules.Portals.Pages;

/// <summary>The page shown for an error status (re-executed by the status code pages middleware).</summary>
[IgnoreAntiforgeryToken]
public sealed class StatusCodeModel : PageModel
{
    public int Code { get; private set; }
    public string Heading { get; private set; } = "";
    public string Message { get; private set; } = "";

    [ViewData] public string? Title { get; set; }
    [ViewData] public bool NoIndex { get; set; } = true;

    public void OnGet(int code) => Show(code);

    // Re-executed for the original request's method, so a failed form post lands here too. The code is read from the route,
    // not bound: binding reads the posted form as well, and a form that cannot be read (a NUL in it) would fail it and turn
    // the 400 into a 404.
    public void OnPost() => Show(RouteData.Values["code"] is string code && int.TryParse(code, CultureInfo.InvariantCulture, out var value) ? value : 0);

    private void Show(int code)
    {
        Code = code is >= 400 and <= 599 ? code : StatusCodes.Status404NotFound;
        Response.StatusCode = Code;
        (Heading, Message) = Code switch
        {
            404 or 410 => ("Không tìm thấy trang", "Trang bạn tìm không tồn tại hoặc đã được chuyển đi. Bạn hãy kiểm tra lại địa chỉ, hoặc tìm nội dung từ trang chủ và sơ đồ trang."),
            401 or 403 => ("Không có quyền truy cập", "Bạn không có quyền xem trang này."),
            405 => ("Thao tác không được hỗ trợ", "Trang này không hỗ trợ thao tác bạn vừa thực hiện."),
            429 => ("Quá nhiều yêu cầu", "Bạn đã gửi quá nhiều yêu cầu trong thời gian ngắn. Xin vui lòng thử lại sau ít phút."),
            >= 500 => ("Hệ thống đang gặp sự cố", "Hệ thống tạm thời không xử lý được yêu cầu. Xin vui lòng thử lại sau ít phút."),
            _ => ("Yêu cầu không hợp lệ", "Hệ thống không xử lý được yêu cầu này. Bạn hãy kiểm tra lại địa chỉ hoặc thông tin đã nhập."),
        };
        Title = Heading;
    }
}
