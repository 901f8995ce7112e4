namespace DangBo.Web.Modules.Demo;

/// <summary>Introduction pages of the demo province (fictional history and geography).</summary>
internal static class DemoPages
{
    public sealed record PageSeed(string Title, string Slug, string BodyHtml);

    public static readonly PageSeed[] All =
    [
        new("Giới thiệu chung", "gioi-thieu-chung", """
            <p>Cổng thông tin điện tử Đảng bộ tỉnh Sơn Hà (sonha.dcs.vn) là cơ quan thông tin chính thống của Đảng bộ tỉnh trên Internet, do Ban Thường vụ Tỉnh ủy thành lập; Ban Tuyên giáo và Dân vận Tỉnh ủy là cơ quan thường trực của Ban biên tập. Cổng cung cấp thông tin về chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước và hoạt động lãnh đạo, chỉ đạo của Tỉnh ủy đến cán bộ, đảng viên và nhân dân trong, ngoài tỉnh.</p>
            <h2>Đảng bộ tỉnh Sơn Hà</h2>
            <p>Đảng bộ tỉnh Sơn Hà được thành lập ngày 01/07/2025 trên cơ sở hợp nhất Đảng bộ hai tỉnh Sơn Tây Hà và Hà Nam Sơn. Hiện nay, Đảng bộ tỉnh có 104 đảng bộ trực thuộc, gồm 96 đảng bộ xã, phường, đặc khu và 8 đảng ủy trực thuộc; hơn 2.100 chi bộ cơ sở với trên 96.000 đảng viên.</p>
            <p>Ban Chấp hành Đảng bộ tỉnh nhiệm kỳ 2025 - 2030 gồm 65 đồng chí, Ban Thường vụ Tỉnh ủy gồm 17 đồng chí. Thường trực Tỉnh ủy gồm đồng chí Bí thư và hai đồng chí Phó Bí thư Tỉnh ủy. Giúp việc Tỉnh ủy có Văn phòng Tỉnh ủy, Ban Tổ chức, Ban Tuyên giáo và Dân vận, Ủy ban Kiểm tra Tỉnh ủy cùng các cơ quan tham mưu khác.</p>
            <h2>Chức năng, nhiệm vụ của Cổng thông tin điện tử</h2>
            <ul>
              <li>Tuyên truyền chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh, đường lối của Đảng; phản ánh hoạt động của Ban Chấp hành, Ban Thường vụ, Thường trực Tỉnh ủy và các cấp ủy trong tỉnh.</li>
              <li>Đăng tải các nghị quyết, chỉ thị, kết luận của Trung ương và của Tỉnh ủy; giới thiệu lịch sử, tiềm năng, cơ hội đầu tư của tỉnh.</li>
              <li>Góp phần bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch.</li>
              <li>Tiếp nhận ý kiến góp ý của cán bộ, đảng viên, nhân dân và doanh nghiệp; kết nối, tích hợp cổng thông tin của các đảng bộ trực thuộc.</li>
            </ul>
            <h2>Liên hệ</h2>
            <p>Ban biên tập Cổng thông tin điện tử Đảng bộ tỉnh Sơn Hà, số 1 đường Trần Hưng Đạo, phường Sơn Hà, tỉnh Sơn Hà. Điện thoại: 0203 3825 168. Thư điện tử: bbt@sonha.dcs.vn. Tin, bài cộng tác xin gửi về địa chỉ thư điện tử của Ban biên tập, ghi rõ họ tên, đơn vị và số điện thoại của tác giả.</p>
            <p><em>Tỉnh Sơn Hà và mọi tổ chức, cá nhân nêu trên cổng là hư cấu, phục vụ trình diễn phần mềm.</em></p>
            """),
        new("Lịch sử Đảng bộ tỉnh", "lich-su", """
            <p>Đảng bộ tỉnh Sơn Hà được thành lập ngày 01/07/2025 trên cơ sở hợp nhất Đảng bộ hai tỉnh Sơn Tây Hà và Hà Nam Sơn, theo chủ trương sắp xếp đơn vị hành chính cấp tỉnh của Trung ương. Tiền thân của Đảng bộ là các chi bộ cộng sản đầu tiên ra đời trên địa bàn từ năm 1930, trong phong trào cách mạng sôi nổi của công nhân mỏ và nông dân vùng trung du.</p>
            <h2>Thời kỳ đấu tranh giành chính quyền (1930 - 1945)</h2>
            <p>Ngày 12/03/1930, Chi bộ Đảng đầu tiên của tỉnh được thành lập tại làng Đông Hưng (nay thuộc xã Minh Sơn) với 5 đảng viên. Dưới sự lãnh đạo của Chi bộ, phong trào đấu tranh của nhân dân đòi giảm sưu, giảm thuế lan rộng khắp các phủ, huyện. Tháng 8/1945, nhân dân trong tỉnh đã nhất tề nổi dậy giành chính quyền về tay nhân dân.</p>
            <h2>Thời kỳ kháng chiến và xây dựng chủ nghĩa xã hội (1945 - 1975)</h2>
            <p>Trong hai cuộc kháng chiến chống thực dân Pháp và đế quốc Mỹ, Đảng bộ và nhân dân tỉnh đã đóng góp hàng vạn người con ưu tú cho tiền tuyến, bảo đảm giao thông, sản xuất lương thực, xây dựng hậu phương vững mạnh. Nhiều tập thể và cá nhân được Nhà nước phong tặng danh hiệu Anh hùng Lực lượng vũ trang nhân dân.</p>
            <h2>Thời kỳ đổi mới và hội nhập (1986 đến nay)</h2>
            <p>Thực hiện đường lối đổi mới của Đảng, tỉnh đã chuyển dịch mạnh cơ cấu kinh tế theo hướng công nghiệp, dịch vụ; xây dựng nông thôn mới đạt nhiều kết quả quan trọng. Sau khi hợp nhất, Đại hội đại biểu Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030 đã xác định mục tiêu xây dựng Sơn Hà trở thành tỉnh phát triển khá của vùng vào năm 2030.</p>
            """),
        new("Địa lý, tiềm năng", "dia-ly-tiem-nang", """
            <p>Tỉnh Sơn Hà nằm ở vùng trung du và miền núi phía Bắc, có diện tích tự nhiên 7.860 km², dân số khoảng 2,1 triệu người; gồm 96 đơn vị hành chính cấp xã (78 xã, 17 phường và 1 đặc khu) sau sắp xếp năm 2025.</p>
            <h2>Vị trí địa lý</h2>
            <p>Phía Bắc giáp các tỉnh miền núi biên giới, phía Nam giáp vùng đồng bằng sông Hồng, có tuyến cao tốc và đường sắt quốc gia đi qua, cách Thủ đô Hà Nội khoảng 90 km. Địa hình thấp dần từ Tây Bắc xuống Đông Nam, với hệ thống sông Hồng Lĩnh chảy qua trung tâm tỉnh.</p>
            <h2>Tiềm năng phát triển</h2>
            <ul>
              <li><strong>Nông nghiệp:</strong> vùng chè, cây ăn quả và chăn nuôi tập trung, nhiều sản phẩm OCOP đạt 4 sao.</li>
              <li><strong>Công nghiệp:</strong> 6 khu công nghiệp với tổng diện tích hơn 2.400 ha, thu hút các dự án chế biến, chế tạo và điện tử.</li>
              <li><strong>Du lịch:</strong> quần thể di tích lịch sử cách mạng, hồ Hồng Lĩnh và hệ thống hang động đá vôi, lễ hội truyền thống đặc sắc.</li>
            </ul>
            <p>Tỉnh luôn chào đón và đồng hành cùng các nhà đầu tư, cam kết cải thiện môi trường kinh doanh, đẩy mạnh cải cách thủ tục hành chính và chuyển đổi số.</p>
            """),
    ];
}
