using System.Globalization;
using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Modules.Accounts.Models;
using DangBo.Web.Modules.Demo.Pdf;
using DangBo.Web.Modules.Documents.Models;
using DangBo.Web.Modules.Documents.Services;
using DangBo.Web.Modules.Organisation.Models;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Demo;

/// <summary>
/// The demo documents library: committee terms, documents of the Central Committee, the province, its
/// communes and cells, and state documents, public or internal, each with a generated PDF, registered
/// through <see cref="DocumentRegistry"/> like any document; plus two party members (no staff role) to
/// show what members see.
/// </summary>
public sealed class DemoDocuments(DangBoDbContext db, DocumentRegistry registry, UserManager<UserAccount> users)
{
    public static readonly (string UserName, string FullName, string UnitSlug)[] MemberAccounts =
    [
        ("dangvien.donghung", "Hoàng Văn Đông", "chi-bo-thon-dong-hung"),
        ("dangvien.anphu", "Vũ Thị Phú", "chi-bo-khu-pho-1-an-phu"),
    ];

    private sealed record Demo(string Type, string Code, string Issuer, string Issued, string Summary, string Field,
        DocumentVisibility Visibility = DocumentVisibility.Public, string[]? Units = null, string? Signer = null, string? Position = null,
        string? Effective = null, string? Expires = null, string? Owner = null);

    private const string Province = "tinh-uy-son-ha";
    private const string Tw = "Ban Chấp hành Trung ương Đảng";

    private static readonly Demo[] All =
    [
        new("nghi-quyet", "57-NQ/TW", Tw, "2024-12-22", "Về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia", "Chuyển đổi số", Signer: "Tô Lâm", Position: "T/M Bộ Chính trị, Tổng Bí thư"),
        new("nghi-quyet", "18-NQ/TW", Tw, "2017-10-25", "Một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả", "Tổ chức - cán bộ"),
        new("nghi-quyet", "35-NQ/TW", Tw, "2018-10-22", "Về tăng cường bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch trong tình hình mới", "Tuyên giáo"),
        new("chi-thi", "05-CT/TW", Tw, "2016-05-15", "Về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", "Tuyên giáo"),
        new("chi-thi", "35-CT/TW", Tw, "2024-06-14", "Về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng", "Xây dựng Đảng"),
        new("ket-luan", "127-KL/TW", Tw, "2025-02-28", "Về triển khai nghiên cứu, đề xuất tiếp tục sắp xếp tổ chức bộ máy của hệ thống chính trị", "Tổ chức - cán bộ"),
        new("quy-dinh", "24-QĐ/TW", Tw, "2021-07-30", "Thi hành Điều lệ Đảng", "Xây dựng Đảng"),
        new("quy-dinh", "294-QĐ/TW", Tw, "2025-05-26", "Thi hành Điều lệ Đảng", "Xây dựng Đảng"),
        new("quy-dinh", "66-QĐ/TW", Tw, "2017-02-06", "Về thể thức và kỹ thuật trình bày văn bản của Đảng", "Văn phòng"),
        new("huong-dan", "36-HD/VPTW", "Văn phòng Trung ương Đảng", "2018-04-03", "Thể thức và kỹ thuật trình bày văn bản của Đảng", "Văn phòng"),
        new("luat", "148/2025/QH15", "Quốc hội khóa XV", "2025-06-14", "Luật Chuyển đổi số", "Chuyển đổi số", Effective: "2026-01-01"),
        new("nghi-dinh", "42/2022/NĐ-CP", "Chính phủ", "2022-06-24", "Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng", "Chuyển đổi số"),
        new("nghi-dinh", "224/2026/NĐ-CP", "Chính phủ", "2026-05-20", "Quy định chi tiết một số điều của Luật Chuyển đổi số về cổng thông tin điện tử và dịch vụ số của cơ quan nhà nước", "Chuyển đổi số", Effective: "2026-07-01"),
        new("thong-tu", "32/2017/TT-BTTTT", "Bộ Thông tin và Truyền thông", "2017-11-15", "Quy định về việc cung cấp dịch vụ công trực tuyến và bảo đảm khả năng truy cập thuận tiện đối với trang thông tin điện tử hoặc cổng thông tin điện tử của cơ quan nhà nước", "Chuyển đổi số"),
        new("thong-tu", "22/2023/TT-BTTTT", "Bộ Thông tin và Truyền thông", "2023-12-31", "Quy định về yêu cầu kỹ thuật đối với cổng thông tin điện tử và dịch vụ công trực tuyến", "Chuyển đổi số"),

        new("nghi-quyet", "06-NQ/TU", Province, "2021-09-10", "Về chuyển đổi số tỉnh Sơn Hà giai đoạn 2021 - 2025, định hướng đến năm 2030", "Chuyển đổi số", Signer: "Nguyễn Văn Thành", Position: "T/M Tỉnh ủy, Bí thư"),
        new("nghi-quyet", "03-NQ/TU", Province, "2026-03-18", "Về đẩy mạnh chuyển đổi số, phát triển khoa học, công nghệ và đổi mới sáng tạo tỉnh Sơn Hà giai đoạn 2026 - 2030", "Chuyển đổi số", Signer: "Nguyễn Văn Thành", Position: "T/M Tỉnh ủy, Bí thư"),
        new("nghi-quyet", "01-NQ/TU", Province, "2025-10-02", "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Sơn Hà lần thứ I, nhiệm kỳ 2025 - 2030", "Xây dựng Đảng", Signer: "Nguyễn Văn Thành", Position: "T/M Đoàn Chủ tịch, Bí thư"),
        new("nghi-quyet", "08-NQ/TU", Province, "2026-09-15", "Sửa đổi, bổ sung một số điểm của Nghị quyết Đại hội về chỉ tiêu phát triển kinh tế - xã hội năm 2026", "Kinh tế - xã hội", Signer: "Nguyễn Văn Thành", Position: "T/M Tỉnh ủy, Bí thư"),
        new("ke-hoach", "138-KH/TU", Province, "2026-02-10", "Thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia", "Chuyển đổi số", Signer: "Trần Thị Hồng Hạnh", Position: "T/M Ban Thường vụ, Phó Bí thư Thường trực"),
        new("quyet-dinh", "3643-QĐ/TU", Province, "2025-06-28", "Về việc thành lập Đảng bộ xã Minh Sơn trực thuộc Đảng bộ tỉnh", "Tổ chức - cán bộ", Signer: "Trần Thị Hồng Hạnh", Position: "T/M Ban Thường vụ, Phó Bí thư Thường trực"),
        new("quyet-dinh", "797-QĐ/TU", Province, "2026-04-01", "Ban hành Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh khóa I, nhiệm kỳ 2025 - 2030", "Xây dựng Đảng", DocumentVisibility.AllMembers, Signer: "Nguyễn Văn Thành", Position: "T/M Tỉnh ủy, Bí thư"),
        new("quy-che", "05-QC/TU", Province, "2026-04-01", "Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh khóa I, nhiệm kỳ 2025 - 2030", "Xây dựng Đảng", DocumentVisibility.AllMembers, Signer: "Nguyễn Văn Thành", Position: "T/M Tỉnh ủy, Bí thư"),
        new("chi-thi", "12-CT/TU", Province, "2026-01-15", "Về tăng cường sự lãnh đạo của các cấp ủy đảng đối với công tác phòng cháy, chữa cháy rừng mùa khô năm 2026", "Quốc phòng - an ninh", Signer: "Lê Quang Dũng", Position: "T/M Ban Thường vụ, Phó Bí thư"),
        new("ket-luan", "15-KL/TU", Province, "2026-04-20", "Kết luận của Ban Thường vụ Tỉnh ủy về tình hình kinh tế - xã hội quý I năm 2026", "Kinh tế - xã hội", DocumentVisibility.AllMembers, Signer: "Trần Thị Hồng Hạnh", Position: "T/M Ban Thường vụ, Phó Bí thư Thường trực"),
        new("thong-bao", "45-TB/TU", Province, "2026-05-06", "Ý kiến của Thường trực Tỉnh ủy về công tác chuẩn bị hội nghị cán bộ chủ chốt", "Văn phòng", DocumentVisibility.Units, [Province], Signer: "Trần Thị Hồng Hạnh", Position: "T/L Ban Thường vụ, Chánh Văn phòng"),
        new("bao-cao", "102-BC/TU", Province, "2026-06-25", "Sơ kết công tác xây dựng Đảng 6 tháng đầu năm 2026", "Xây dựng Đảng", DocumentVisibility.AllMembers, Signer: "Trần Thị Hồng Hạnh", Position: "T/M Ban Thường vụ, Phó Bí thư Thường trực"),
        new("cong-van", "250-CV/TU", Province, "2026-07-08", "Về việc tổ chức sinh hoạt chi bộ chuyên đề năm 2026", "Xây dựng Đảng", DocumentVisibility.Units, ["xa-minh-son", "phuong-an-phu", "xa-hong-linh"], Signer: "Trần Thị Hồng Hạnh", Position: "T/L Ban Thường vụ, Chánh Văn phòng"),
        new("huong-dan", "07-HD/TU", Province, "2026-02-25", "Hướng dẫn nâng cao chất lượng sinh hoạt chi bộ", "Xây dựng Đảng", Signer: "Bùi Đức Long", Position: "T/L Ban Thường vụ"),
        new("ke-hoach", "20-KH/TU", Province, "2025-01-08", "Tổ chức các hoạt động kỷ niệm các ngày lễ lớn năm 2025", "Tuyên giáo", Expires: "2025-12-31", Signer: "Trần Thị Hồng Hạnh", Position: "T/M Ban Thường vụ, Phó Bí thư Thường trực"),

        new("nghi-quyet", "01-NQ/ĐU", "xa-minh-son", "2025-08-20", "Nghị quyết Đại hội đại biểu Đảng bộ xã Minh Sơn lần thứ I, nhiệm kỳ 2025 - 2030", "Xây dựng Đảng", Signer: "Ngô Văn Hùng", Position: "T/M Đoàn Chủ tịch"),
        new("ke-hoach", "15-KH/ĐU", "xa-minh-son", "2026-03-05", "Thực hiện Kế hoạch số 138-KH/TU của Ban Thường vụ Tỉnh ủy về chuyển đổi số", "Chuyển đổi số", DocumentVisibility.Units, ["xa-minh-son"], Signer: "Ngô Văn Hùng", Position: "T/M Đảng ủy, Bí thư"),
        new("chi-thi", "03-CT/ĐU", "phuong-an-phu", "2026-02-02", "Về giữ gìn trật tự, an toàn giao thông và vệ sinh đô thị trên địa bàn phường", "Kinh tế - xã hội", Signer: "Đinh Thị Mai", Position: "T/M Đảng ủy, Bí thư"),
        new("thong-bao", "22-TB/ĐU", "phuong-an-phu", "2026-05-12", "Kết luận của Ban Thường vụ Đảng ủy phường về công tác phát triển đảng viên", "Tổ chức - cán bộ", DocumentVisibility.Units, ["phuong-an-phu"], Signer: "Đinh Thị Mai", Position: "T/M Ban Thường vụ, Bí thư"),
        new("ke-hoach", "09-KH/ĐU", "xa-hong-linh", "2026-03-20", "Tổ chức học tập, quán triệt Nghị quyết Đại hội Đảng bộ tỉnh lần thứ I", "Tuyên giáo", DocumentVisibility.AllMembers, Signer: "Lương Văn Sơn", Position: "T/M Đảng ủy, Bí thư"),
        new("nghi-quyet", "04-NQ/ĐU", "dang-bo-cac-co-quan-dang-tinh", "2026-01-28", "Về nhiệm vụ trọng tâm năm 2026 của Đảng bộ các cơ quan Đảng tỉnh", "Xây dựng Đảng", DocumentVisibility.Units, ["dang-bo-cac-co-quan-dang-tinh"], Signer: "Bùi Đức Long", Position: "T/M Đảng ủy, Bí thư"),

        new("nghi-quyet", "05-NQ/CB", "chi-bo-thon-dong-hung", "2026-03-03", "Nghị quyết sinh hoạt chi bộ tháng 3 năm 2026", "Xây dựng Đảng", DocumentVisibility.Units, ["chi-bo-thon-dong-hung"], Signer: "Nguyễn Thị Hoa", Position: "T/M Chi bộ, Bí thư"),
        new("bao-cao", "02-BC/CB", "chi-bo-khu-pho-1-an-phu", "2026-06-30", "Báo cáo kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2026 của Chi bộ khu phố 1", "Xây dựng Đảng", DocumentVisibility.Units, ["chi-bo-khu-pho-1-an-phu"]),
        new("ke-hoach", "01-KH/CB", "chi-bo-van-phong-tinh-uy", "2026-01-12", "Kế hoạch sinh hoạt chuyên đề năm 2026 của Chi bộ Văn phòng Tỉnh ủy", "Xây dựng Đảng", DocumentVisibility.Units, ["chi-bo-van-phong-tinh-uy"]),
    ];

    private static readonly (string From, DocumentRelationKind Kind, string To)[] Relations =
    [
        ("294-QĐ/TW", DocumentRelationKind.Replaces, "24-QĐ/TW"),
        ("224/2026/NĐ-CP", DocumentRelationKind.Replaces, "42/2022/NĐ-CP"),
        ("224/2026/NĐ-CP", DocumentRelationKind.Implements, "148/2025/QH15"),
        ("22/2023/TT-BTTTT", DocumentRelationKind.Amends, "32/2017/TT-BTTTT"),
        ("03-NQ/TU", DocumentRelationKind.Replaces, "06-NQ/TU"),
        ("08-NQ/TU", DocumentRelationKind.Amends, "01-NQ/TU"),
        ("138-KH/TU", DocumentRelationKind.Implements, "57-NQ/TW"),
        ("15-KH/ĐU", DocumentRelationKind.Implements, "138-KH/TU"),
        ("797-QĐ/TU", DocumentRelationKind.Implements, "01-NQ/TU"),
        ("09-KH/ĐU", DocumentRelationKind.Implements, "01-NQ/TU"),
    ];

    private static string? _memberPasswordHash;

    public async Task<int> SeedAsync(int portalId, DateTime now, CancellationToken ct)
    {
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Slug, ct);
        var province = units[Province].Id;
        // Each committee holds its congress on its own dates: the commune's term opened before the province's.
        db.CommitteeTerms.AddRange(
            new CommitteeTerm { UnitId = province, Name = "Nhiệm kỳ 2015 - 2020", StartsOn = new DateOnly(2015, 10, 16), EndsOn = new DateOnly(2020, 10, 15) },
            new CommitteeTerm { UnitId = province, Name = "Nhiệm kỳ 2020 - 2025", StartsOn = new DateOnly(2020, 10, 16), EndsOn = new DateOnly(2025, 9, 30) },
            new CommitteeTerm { UnitId = province, Name = "Nhiệm kỳ 2025 - 2030", StartsOn = new DateOnly(2025, 10, 1) },
            new CommitteeTerm { UnitId = units["xa-minh-son"].Id, Name = "Nhiệm kỳ 2025 - 2030", StartsOn = new DateOnly(2025, 8, 20) });
        await db.SaveChangesAsync(ct);

        var types = await db.DocumentTypes.AsNoTracking().ToDictionaryAsync(t => t.Key, ct);
        var created = new Dictionary<string, Document>();
        foreach (var demo in All)
        {
            var issuerUnit = units.GetValueOrDefault(demo.Issuer);
            var owner = issuerUnit ?? units[Province];
            var type = types[demo.Type];
            var input = new DocumentInput(owner.Id, type.Id, demo.Code, issuerUnit?.Id, issuerUnit is null ? demo.Issuer : null,
                demo.Signer, demo.Position, Day(demo.Issued), Day(demo.Effective), Day(demo.Expires), demo.Summary, demo.Field, null,
                demo.Visibility, (demo.Units ?? []).Select(slug => units[slug].Id).ToList());
            var pdf = SimplePdf.Create($"{type.Name} {demo.Code}", PdfLines(demo, type.Name, issuerUnit));
            var fileName = $"{type.Name} {demo.Code.Replace('/', '-')}.pdf";
            var result = await registry.CreateAsync(portalId, input, [new DocumentUpload(pdf, fileName)], acceptWarnings: true, ct);
            created[demo.Code] = result.Saved!;
        }
        foreach (var (from, kind, to) in Relations)
        {
            await registry.AddRelationAsync(created[from], kind, to, ct);
        }
        await SeedMembersAsync(units, now);
        db.ChangeTracker.Clear();
        return created.Count;
    }

    private async Task SeedMembersAsync(Dictionary<string, OrganisationUnit> units, DateTime now)
    {
        foreach (var (userName, fullName, unitSlug) in MemberAccounts)
        {
            var user = new UserAccount { UserName = userName, FullName = fullName, UnitId = units[unitSlug].Id, CreatedAt = now, Email = $"{userName}@sonha.dcs.vn", EmailConfirmed = true };
            user.PasswordHash = _memberPasswordHash ??= users.PasswordHasher.HashPassword(user, DemoSeeder.DemoPassword);
            var result = await users.CreateAsync(user);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException("Demo member: " + string.Join("; ", result.Errors.Select(e => e.Description)));
            }
        }
    }

    private static DateOnly? Day(string? iso) => iso is null ? null : DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static IEnumerable<PdfLine> PdfLines(Demo demo, string typeName, OrganisationUnit? issuerUnit)
    {
        var issued = Day(demo.Issued)!.Value;
        var issuer = issuerUnit?.ShortName ?? issuerUnit?.Name ?? demo.Issuer;
        var isState = DocumentCodeParser.Parse(demo.Code).Code?.Format != DocumentCodeFormat.Party;
        yield return new PdfLine(isState ? "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" : "ĐẢNG CỘNG SẢN VIỆT NAM", 12, Centered: true);
        yield return new PdfLine(issuer.ToUpper(CultureInfo.GetCultureInfo("vi-VN")), 12, Centered: true);
        yield return new PdfLine($"Số {demo.Code}", 12, Centered: true, SpaceBefore: 6);
        yield return new PdfLine($"Sơn Hà, ngày {issued.Day:00} tháng {issued.Month:00} năm {issued.Year}", 11, Centered: true);
        yield return new PdfLine(typeName.ToUpper(CultureInfo.GetCultureInfo("vi-VN")), 16, Centered: true, SpaceBefore: 18);
        yield return new PdfLine(demo.Summary, 13, Centered: true, SpaceBefore: 4);
        yield return new PdfLine("-----", 12, Centered: true);
        yield return new PdfLine($"Lĩnh vực: {demo.Field}.", 12, SpaceBefore: 12);
        yield return new PdfLine("Đây là bản minh họa do Cổng thông tin điện tử Đảng bộ tỉnh Sơn Hà tạo ra cho dữ liệu mẫu; "
            + "nội dung không phải toàn văn và không có giá trị pháp lý. Văn bản gốc được lưu tại cơ quan ban hành.", 12, SpaceBefore: 6);
        yield return new PdfLine($"Các cấp ủy, tổ chức đảng, cơ quan, đơn vị và đảng viên nghiên cứu, quán triệt và tổ chức thực hiện {typeName.ToLower(CultureInfo.GetCultureInfo("vi-VN"))} này; "
            + "định kỳ báo cáo kết quả thực hiện về cơ quan ban hành theo quy định.", 12, SpaceBefore: 6);
        if (demo.Signer is { } signer)
        {
            yield return new PdfLine(demo.Position ?? "", 12, Centered: true, SpaceBefore: 24);
            yield return new PdfLine("(đã ký)", 11, Centered: true);
            yield return new PdfLine(signer, 12, Centered: true, SpaceBefore: 6);
        }
    }
}
