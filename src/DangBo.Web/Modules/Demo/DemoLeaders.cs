using DangBo.Web.Modules.Organisation.Models;

namespace DangBo.Web.Modules.Demo;

/// <summary>Fictional leaders of the demo province; any likeness to real people is unintended.</summary>
internal static class DemoLeaders
{
    /// <param name="cells">Đông Hưng, Tây Hưng, THCS Minh Sơn, khu phố 1, khu phố 2, Trung Hòa, Văn phòng Tỉnh ủy.</param>
    public static IEnumerable<Leader> For(OrganisationUnit province, OrganisationUnit[] boards,
        OrganisationUnit minhSon, OrganisationUnit anPhu, OrganisationUnit hongLinh, OrganisationUnit agencies, OrganisationUnit[] cells)
    {
        var order = 1;
        Leader L(OrganisationUnit unit, string name, string position, CommitteeBody body, string bio) =>
            new() { UnitId = unit.Id, FullName = name, Position = position, Body = body, ShortBio = bio, SortOrder = order++ };

        yield return L(province, "Nguyễn Văn Thành", "Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy", CommitteeBody.StandingOffice,
            "Sinh năm 1968, quê xã Minh Sơn. Tiến sĩ Kinh tế, Cao cấp lý luận chính trị. Từng giữ chức Chủ tịch Ủy ban nhân dân tỉnh trước khi được bầu làm Bí thư Tỉnh ủy tại Đại hội đại biểu Đảng bộ tỉnh lần thứ I.");
        yield return L(province, "Trần Thị Hồng Hạnh", "Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch Hội đồng nhân dân tỉnh", CommitteeBody.StandingOffice,
            "Sinh năm 1972. Thạc sĩ Quản lý công, Cao cấp lý luận chính trị. Nguyên Trưởng Ban Tổ chức Tỉnh ủy.");
        yield return L(province, "Lê Quang Dũng", "Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân tỉnh", CommitteeBody.StandingOffice,
            "Sinh năm 1974. Tiến sĩ Quản lý kinh tế, Cao cấp lý luận chính trị. Nguyên Giám đốc Sở Kế hoạch và Đầu tư.");
        yield return L(boards[1], "Phạm Thị Thu Trang", "Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy", CommitteeBody.StandingBoard,
            "Sinh năm 1976. Thạc sĩ Luật, Cao cấp lý luận chính trị.");
        yield return L(boards[2], "Hoàng Minh Tuấn", "Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy", CommitteeBody.StandingBoard,
            "Sinh năm 1975. Thạc sĩ Báo chí, Cao cấp lý luận chính trị; Trưởng Ban biên tập Cổng thông tin điện tử Đảng bộ tỉnh.");
        yield return L(boards[3], "Đỗ Văn Khải", "Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy", CommitteeBody.StandingBoard,
            "Sinh năm 1970. Cử nhân Luật, Cao cấp lý luận chính trị.");
        yield return L(boards[0], "Vũ Thị Lan", "Ủy viên Ban Thường vụ, Chánh Văn phòng Tỉnh ủy", CommitteeBody.StandingBoard,
            "Sinh năm 1978. Thạc sĩ Hành chính công, Cao cấp lý luận chính trị.");
        yield return L(agencies, "Bùi Đức Long", "Ủy viên Ban Thường vụ, Bí thư Đảng ủy các cơ quan Đảng tỉnh", CommitteeBody.StandingBoard,
            "Sinh năm 1973. Thạc sĩ Xây dựng Đảng và chính quyền nhà nước.");
        yield return L(minhSon, "Ngô Văn Hùng", "Tỉnh ủy viên, Bí thư Đảng ủy xã Minh Sơn", CommitteeBody.ExecutiveCommittee,
            "Sinh năm 1980. Cử nhân Nông học, Cao cấp lý luận chính trị.");
        yield return L(anPhu, "Đinh Thị Mai", "Tỉnh ủy viên, Bí thư Đảng ủy phường An Phú", CommitteeBody.ExecutiveCommittee,
            "Sinh năm 1982. Thạc sĩ Kinh tế, Cao cấp lý luận chính trị.");
        yield return L(hongLinh, "Lương Văn Sơn", "Tỉnh ủy viên, Bí thư Đảng ủy xã Hồng Lĩnh", CommitteeBody.ExecutiveCommittee,
            "Sinh năm 1979. Cử nhân Luật, Trung cấp lý luận chính trị.");
        yield return L(boards[1], "Cao Thị Ngọc", "Tỉnh ủy viên, Phó Trưởng Ban Tổ chức Tỉnh ủy", CommitteeBody.ExecutiveCommittee,
            "Sinh năm 1981. Thạc sĩ Quản lý nhà nước.");
        yield return L(minhSon, "Mai Văn Tâm", "Phó Bí thư Thường trực Đảng ủy xã Minh Sơn", CommitteeBody.None,
            "Sinh năm 1984. Cử nhân Kinh tế nông nghiệp.");
        yield return L(anPhu, "Tạ Quang Huy", "Phó Bí thư Đảng ủy, Chủ tịch Ủy ban nhân dân phường An Phú", CommitteeBody.None,
            "Sinh năm 1983. Thạc sĩ Quản lý đô thị.");
        yield return L(cells[0], "Nguyễn Thị Hoa", "Bí thư Chi bộ, Trưởng thôn Đông Hưng", CommitteeBody.None,
            "Sinh năm 1975. Vào Đảng năm 1998. Chi bộ thôn Đông Hưng nhiều năm liền hoàn thành xuất sắc nhiệm vụ, là mô hình điểm về sinh hoạt chi bộ của xã Minh Sơn.");
        yield return L(cells[3], "Trần Văn Bình", "Bí thư Chi bộ khu phố 1, phường An Phú", CommitteeBody.None,
            "Sinh năm 1962. Cựu chiến binh, vào Đảng năm 1984; Trưởng Ban công tác Mặt trận khu phố.");
        yield return L(cells[6], "Lê Thị Thu Hà", "Bí thư Chi bộ, Phó Chánh Văn phòng Tỉnh ủy", CommitteeBody.None,
            "Sinh năm 1980. Thạc sĩ Quản trị văn phòng, Cao cấp lý luận chính trị.");
    }
}
