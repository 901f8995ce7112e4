namespace DangBo.Web.Modules.Demo;

/// <summary>Introduction pages of the demo province (fictional history and geography).</summary>
internal static class DemoPages
{
    public sealed record PageSeed(string Title, string Slug, string BodyHtml);

    public static readonly PageSeed[] All =
    [
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
