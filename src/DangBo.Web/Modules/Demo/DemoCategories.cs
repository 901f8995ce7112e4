namespace DangBo.Web.Modules.Demo;

internal static class DemoCategories
{
    public sealed record CategorySeed(string Name, string Slug, string Description, bool IsMain = true);

    public sealed record TopicSeed(string Name, string Slug, string Description);

    public static readonly CategorySeed[] All =
    [
        new("Thời sự", "thoi-su", "Tin tức thời sự, hoạt động của lãnh đạo tỉnh và các sự kiện nổi bật trong tỉnh."),
        new("Xây dựng Đảng", "xay-dung-dang", "Công tác tổ chức, cán bộ, đảng viên, kiểm tra, giám sát và xây dựng tổ chức cơ sở đảng."),
        new("Kinh tế", "kinh-te", "Phát triển kinh tế, nông nghiệp, công nghiệp, thu hút đầu tư và xây dựng nông thôn mới."),
        new("Văn hóa - Xã hội", "van-hoa-xa-hoi", "Giáo dục, y tế, văn hóa, an sinh xã hội và chăm lo đời sống nhân dân."),
        new("Quốc phòng - An ninh", "quoc-phong-an-ninh", "Quốc phòng toàn dân, an ninh chính trị và trật tự an toàn xã hội."),
        new("Bảo vệ nền tảng tư tưởng của Đảng", "bao-ve-nen-tang-tu-tuong", "Đấu tranh phản bác các quan điểm sai trái, thù địch; bảo vệ nền tảng tư tưởng của Đảng."),
        new("Học tập và làm theo Bác", "hoc-tap-va-lam-theo-bac", "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.", IsMain: false),
    ];

    public static readonly TopicSeed[] Topics =
    [
        new("Đại hội đại biểu Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030", "dai-hoi-dang-bo-tinh-nhiem-ky-2025-2030",
            "Tin bài về công tác chuẩn bị, diễn biến và kết quả Đại hội đại biểu Đảng bộ tỉnh Sơn Hà lần thứ I."),
        new("Sắp xếp tổ chức bộ máy và chính quyền địa phương hai cấp", "sap-xep-to-chuc-bo-may",
            "Kết quả sắp xếp đơn vị hành chính, tổ chức bộ máy của hệ thống chính trị và vận hành chính quyền địa phương hai cấp."),
        new("Chuyển đổi số trong các cơ quan Đảng", "chuyen-doi-so",
            "Ứng dụng công nghệ thông tin, chuyển đổi số trong hoạt động của các cơ quan Đảng và hệ thống chính trị tỉnh."),
    ];
}
