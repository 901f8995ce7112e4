using DangBo.Web.Modules.Content.Models;

namespace SearchBench;

/// <summary>
/// Realistic Vietnamese articles in the style of provincial party and government news, from a fixed seed so that
/// every run (and both databases) get the same corpus.
/// </summary>
public sealed class ArticleGenerator(int seed)
{
    private readonly Random _random = new(seed);

    private static readonly string[] Subjects =
    [
        "Ban Thường vụ Tỉnh ủy", "Ban Chấp hành Đảng bộ tỉnh", "Thường trực Tỉnh ủy", "Ủy ban nhân dân tỉnh", "Hội đồng nhân dân tỉnh",
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Ban Tuyên giáo Tỉnh ủy", "Ban Tổ chức Tỉnh ủy", "Ủy ban Kiểm tra Tỉnh ủy",
        "Ban Dân vận Tỉnh ủy", "Đảng ủy Khối các cơ quan tỉnh", "Tỉnh đoàn", "Hội Nông dân tỉnh", "Hội Liên hiệp Phụ nữ tỉnh",
        "Hội Cựu chiến binh tỉnh", "Bộ Chỉ huy Quân sự tỉnh", "Công an tỉnh", "Sở Kế hoạch và Đầu tư", "Sở Nông nghiệp và Môi trường",
        "Huyện ủy Tân Lập", "Thành ủy Sơn Hà", "Đảng ủy xã Đông Hưng", "Chi bộ thôn Phú Mỹ", "Đảng bộ phường An Phú",
    ];

    private static readonly string[] Actions =
    [
        "tổ chức hội nghị quán triệt", "triển khai thực hiện", "sơ kết một năm thực hiện", "tổng kết 5 năm thực hiện", "ban hành kế hoạch thực hiện",
        "kiểm tra, giám sát việc thực hiện", "học tập, quán triệt", "đánh giá kết quả thực hiện", "cụ thể hóa", "tuyên truyền sâu rộng",
        "rà soát, bổ sung quy hoạch", "chỉ đạo quyết liệt", "đẩy mạnh thực hiện", "thảo luận, góp ý dự thảo",
    ];

    private static readonly string[] Objects =
    [
        "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XV", "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng", "chương trình chuyển đổi số",
        "chương trình xây dựng nông thôn mới nâng cao", "công tác cải cách hành chính", "công tác cán bộ", "công tác phòng, chống tham nhũng, tiêu cực",
        "công tác bảo vệ nền tảng tư tưởng của Đảng", "việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
        "kế hoạch phát triển kinh tế - xã hội", "chương trình giảm nghèo bền vững", "công tác dân vận chính quyền", "phong trào Dân vận khéo",
        "công tác quốc phòng, quân sự địa phương", "công tác bảo đảm an ninh trật tự", "đề án phát triển du lịch", "công tác phát triển đảng viên",
        "quy chế dân chủ ở cơ sở", "chương trình mục tiêu quốc gia", "đề án sắp xếp đơn vị hành chính cấp xã",
    ];

    private static readonly string[] Places =
    [
        "huyện Tân Lập", "thành phố Sơn Hà", "thị xã Phú Mỹ", "huyện Đông Hưng", "huyện Bắc Sơn", "xã Hòa Bình", "phường An Phú",
        "xã Thạch Đà", "huyện Yên Thành", "xã Đức Long", "thị trấn Quỳnh Lưu", "xã Nghĩa Đàn", "huyện Lạc Dương", "xã Đắk Mil",
    ];

    private static readonly string[] Sentences =
    [
        "Hội nghị đã thảo luận dân chủ, thẳng thắn và thống nhất cao các nội dung trình tại kỳ họp.",
        "Đồng chí Bí thư Tỉnh ủy nhấn mạnh yêu cầu nâng cao năng lực lãnh đạo, sức chiến đấu của tổ chức đảng.",
        "Các cấp ủy, chính quyền cần tập trung tháo gỡ khó khăn, vướng mắc cho doanh nghiệp và người dân.",
        "Tổng sản phẩm trên địa bàn tỉnh tăng 8,6% so với cùng kỳ, cao hơn mức bình quân cả nước.",
        "Toàn tỉnh đã kết nạp 1.250 đảng viên mới, đạt 104% kế hoạch đề ra.",
        "Công tác kiểm tra, giám sát được thực hiện thường xuyên, đúng quy định, góp phần giữ nghiêm kỷ luật đảng.",
        "Phong trào thi đua yêu nước được phát động sâu rộng trong cán bộ, đảng viên và các tầng lớp nhân dân.",
        "Việc ứng dụng công nghệ thông tin trong các cơ quan đảng giúp rút ngắn thời gian xử lý văn bản.",
        "Nhân dân tích cực hiến đất, góp công làm đường giao thông nông thôn và nhà văn hóa thôn.",
        "Lực lượng vũ trang tỉnh hoàn thành tốt nhiệm vụ huấn luyện, sẵn sàng chiến đấu.",
        "Đại hội đã bầu Ban Chấp hành khóa mới gồm 53 đồng chí, bảo đảm tiêu chuẩn, cơ cấu.",
        "Công tác đấu tranh phản bác các quan điểm sai trái, thù địch trên không gian mạng được đẩy mạnh.",
        "Tỷ lệ hộ nghèo giảm còn 2,1%, thu nhập bình quân đầu người đạt 78 triệu đồng.",
        "Các đại biểu đề nghị tiếp tục đổi mới nội dung, phương thức sinh hoạt chi bộ.",
        "Chương trình được triển khai đồng bộ tại 145 xã, phường, thị trấn trên địa bàn tỉnh.",
        "Cán bộ, đảng viên phải thực sự gương mẫu, nói đi đôi với làm, gần dân, trọng dân.",
        "Ngành giáo dục đã hoàn thành mục tiêu phổ cập giáo dục mầm non cho trẻ 5 tuổi.",
        "Dự án đường ven biển đoạn qua tỉnh được đẩy nhanh tiến độ giải phóng mặt bằng.",
        "Đoàn công tác đã đến thăm, tặng quà các gia đình chính sách, người có công với cách mạng.",
        "Hội nghị cũng đã xem xét, cho ý kiến về công tác chuẩn bị Đại hội đảng bộ các cấp nhiệm kỳ tới.",
    ];

    private static readonly (string Code, string Name)[] Categories =
    [
        ("thoi-su", "Thời sự"), ("xay-dung-dang", "Xây dựng Đảng"), ("kinh-te", "Kinh tế"), ("van-hoa-xa-hoi", "Văn hóa - Xã hội"),
        ("quoc-phong-an-ninh", "Quốc phòng - An ninh"), ("bao-ve-nen-tang-tu-tuong", "Bảo vệ nền tảng tư tưởng"),
    ];

    public static IReadOnlyList<(string Slug, string Name)> CategoryNames => Categories;

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    public Article Next(int number, int portalId, IReadOnlyList<int> categoryIds, DateTime now)
    {
        var code = $"{_random.Next(1, 99):00}-{Pick(["NQ/TU", "CT/TU", "KL/TU", "KH/TU", "QĐ/TU"])}";
        var subject = Pick(Subjects);
        var action = Pick(Actions);
        var obj = Pick(Objects);
        var place = Pick(Places);
        var title = _random.Next(4) switch
        {
            0 => $"{subject} {action} {obj}",
            1 => $"{Capitalise(place)}: {Capitalise(action)} {obj}",
            2 => $"{Capitalise(action)} {code} về {obj}",
            _ => $"{subject} làm việc tại {place}",
        };
        var lead = $"Ngày {_random.Next(1, 29)}/{_random.Next(1, 13)}, {subject} {action} {obj} tại {place}. {Pick(Sentences)}";
        var paragraphs = Enumerable.Range(0, _random.Next(3, 7))
            .Select(_ => "<p>" + string.Join(' ', Enumerable.Range(0, _random.Next(2, 5)).Select(_ => Pick(Sentences))) + "</p>");
        var body = string.Concat(paragraphs) + $"<p>Thực hiện Nghị quyết số {code} của {Pick(Subjects)}, {Pick(Sentences)}</p>";
        var published = now.AddMinutes(-_random.Next(0, 60 * 24 * 365 * 5));
        var article = new Article
        {
            PortalId = portalId,
            CategoryId = Pick(categoryIds),
            Title = title.Length > Article.TitleMaxLength ? title[..Article.TitleMaxLength] : title,
            Slug = $"tin-{number}",
            Lead = lead,
            BodyHtml = body,
            CreatedAt = published,
            UpdatedAt = published,
        };
        article.Publish(now, published);
        return article;
    }

    private static string Capitalise(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
