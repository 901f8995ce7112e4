using System.Text;
using DangBo.Web.Modules.Documents.Services;

namespace DangBo.Web.Tests.Modules.Documents.Services;

public class DocumentCodeParserTests
{
    public static TheoryData<string, DocumentCodeFormat, int, string?, string, int?, string> Valid => new()
    {
        // Party format: <number>-<type>/<issuer>
        { "06-NQ/TU", DocumentCodeFormat.Party, 6, "NQ", "TU", null, "06-NQ/TU" },
        { "3643-QĐ/TU", DocumentCodeFormat.Party, 3643, "QĐ", "TU", null, "3643-QĐ/TU" },
        { "138-KH/TU", DocumentCodeFormat.Party, 138, "KH", "TU", null, "138-KH/TU" },
        { "797-QĐ/TU", DocumentCodeFormat.Party, 797, "QĐ", "TU", null, "797-QĐ/TU" },
        { "11-QĐi/TW", DocumentCodeFormat.Party, 11, "QĐi", "TW", null, "11-QĐi/TW" },
        { "35-CT/TW", DocumentCodeFormat.Party, 35, "CT", "TW", null, "35-CT/TW" },
        { "01-HD/BTCTW", DocumentCodeFormat.Party, 1, "HD", "BTCTW", null, "01-HD/BTCTW" },
        { "127-QĐ/TW", DocumentCodeFormat.Party, 127, "QĐ", "TW", null, "127-QĐ/TW" },
        { "36-HD/VPTW", DocumentCodeFormat.Party, 36, "HD", "VPTW", null, "36-HD/VPTW" },
        { "57-NQ/TW", DocumentCodeFormat.Party, 57, "NQ", "TW", null, "57-NQ/TW" },
        { "127-KL/TW", DocumentCodeFormat.Party, 127, "KL", "TW", null, "127-KL/TW" },
        { "09-QC/TW", DocumentCodeFormat.Party, 9, "QC", "TW", null, "09-QC/TW" },
        { "339-QĐ/TW", DocumentCodeFormat.Party, 339, "QĐ", "TW", null, "339-QĐ/TW" },
        { "45-TB/TU", DocumentCodeFormat.Party, 45, "TB", "TU", null, "45-TB/TU" },
        { "102-BC/TU", DocumentCodeFormat.Party, 102, "BC", "TU", null, "102-BC/TU" },
        { "250-CV/TU", DocumentCodeFormat.Party, 250, "CV", "TU", null, "250-CV/TU" },
        { "15-KH/ĐU", DocumentCodeFormat.Party, 15, "KH", "ĐU", null, "15-KH/ĐU" },
        { "05-NQ/CB", DocumentCodeFormat.Party, 5, "NQ", "CB", null, "05-NQ/CB" },
        { "12-CTr/HU", DocumentCodeFormat.Party, 12, "CTr", "HU", null, "12-CTr/HU" },
        { "03-TTr/BTGDVTU", DocumentCodeFormat.Party, 3, "TTr", "BTGDVTU", null, "03-TTr/BTGDVTU" },
        { "21-ĐA/TU", DocumentCodeFormat.Party, 21, "ĐA", "TU", null, "21-ĐA/TU" },
        // As people type them: "Số", spaces, typographic dashes, lower case, the look-alike Ð, a full stop.
        { "Số 06-NQ/TU", DocumentCodeFormat.Party, 6, "NQ", "TU", null, "06-NQ/TU" },
        { "số: 138-KH/TU", DocumentCodeFormat.Party, 138, "KH", "TU", null, "138-KH/TU" },
        { "So 35-CT/TW", DocumentCodeFormat.Party, 35, "CT", "TW", null, "35-CT/TW" },
        { "  06 - NQ / TU  ", DocumentCodeFormat.Party, 6, "NQ", "TU", null, "06-NQ/TU" },
        { "06–NQ/TU", DocumentCodeFormat.Party, 6, "NQ", "TU", null, "06-NQ/TU" },
        { "3643-QÐ/TU", DocumentCodeFormat.Party, 3643, "QĐ", "TU", null, "3643-QĐ/TU" },
        { "15-kh/đu", DocumentCodeFormat.Party, 15, "kh", "đu", null, "15-kh/đu" },
        { "06-NQ/TU.", DocumentCodeFormat.Party, 6, "NQ", "TU", null, "06-NQ/TU" },
        // State format: <number>/<year>/<type>-<issuer>
        { "42/2022/NĐ-CP", DocumentCodeFormat.State, 42, "NĐ", "CP", 2022, "42/2022/NĐ-CP" },
        { "224/2026/NĐ-CP", DocumentCodeFormat.State, 224, "NĐ", "CP", 2026, "224/2026/NĐ-CP" },
        { "32/2017/TT-BTTTT", DocumentCodeFormat.State, 32, "TT", "BTTTT", 2017, "32/2017/TT-BTTTT" },
        { "22/2023/TT-BTTTT", DocumentCodeFormat.State, 22, "TT", "BTTTT", 2023, "22/2023/TT-BTTTT" },
        { "43/2011/NĐ-CP", DocumentCodeFormat.State, 43, "NĐ", "CP", 2011, "43/2011/NĐ-CP" },
        { "148/2025/QH15", DocumentCodeFormat.State, 148, null, "QH15", 2025, "148/2025/QH15" },
        { "01/2021/TTLT-BTC-BNV", DocumentCodeFormat.State, 1, "TTLT", "BTC-BNV", 2021, "01/2021/TTLT-BTC-BNV" },
        { "Số 42 / 2022 / NĐ - CP", DocumentCodeFormat.State, 42, "NĐ", "CP", 2022, "42/2022/NĐ-CP" },
        { "2094/QĐ-UBND", DocumentCodeFormat.StateWithoutYear, 2094, "QĐ", "UBND", null, "2094/QĐ-UBND" },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void Parse_RealCode_ReadsItsParts(string input, DocumentCodeFormat format, int number, string? type, string issuer, int? year, string normalized)
    {
        var result = DocumentCodeParser.Parse(input);

        Assert.True(result.Success, result.Error);
        var code = result.Code!;
        Assert.Equal(format, code.Format);
        Assert.Equal(number, code.Number);
        Assert.Equal(type, code.TypeAbbreviation);
        Assert.Equal(issuer, code.IssuerAbbreviation);
        Assert.Equal(year, code.Year);
        Assert.Equal(normalized, code.Normalized);
    }

    [Fact]
    public void Parse_DecomposedInput_GivesComposedAbbreviations()
    {
        // Đ has no decomposition, but the "ố" of "Số" and the "ạ" of a lower-case type do.
        var nfd = "Số 3643-QĐi/ĐU".Normalize(NormalizationForm.FormD);
        Assert.NotEqual("Số 3643-QĐi/ĐU", nfd);
        Assert.Equal("ạ", DocumentCodeParser.Parse("1-ạ/TU".Normalize(NormalizationForm.FormD)).Code!.TypeAbbreviation);

        var code = DocumentCodeParser.Parse(nfd).Code!;

        Assert.Equal("QĐi", code.TypeAbbreviation);
        Assert.Equal("ĐU", code.IssuerAbbreviation);
        Assert.True(code.Normalized.IsNormalized(NormalizationForm.FormC));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Số")]
    [InlineData("NQ/TU")]
    [InlineData("06-NQ")]
    [InlineData("06/NQ/TU")]
    [InlineData("06-NQ-TU")]
    [InlineData("06--NQ/TU")]
    [InlineData("06-/TU")]
    [InlineData("-NQ/TU")]
    [InlineData("A6-NQ/TU")]
    [InlineData("06-NQ/")]
    [InlineData("06-NQ/TU/2025")]
    [InlineData("06 NQ TU")]
    [InlineData("Nghị quyết 06")]
    [InlineData("42/22/NĐ-CP")]
    [InlineData("42/2022/")]
    [InlineData("42/2022/NĐ-")]
    [InlineData("1234567-NQ/TU")]
    [InlineData("06-N1/TU")]
    public void Parse_MalformedCode_GivesAVietnameseMessage(string input)
    {
        var result = DocumentCodeParser.Parse(input);

        Assert.False(result.Success);
        Assert.False(string.IsNullOrWhiteSpace(result.Error));
    }

    [Theory]
    [InlineData("00-NQ/TU", "lớn hơn 0")]
    [InlineData("42/1800/NĐ-CP", "Năm 1800")]
    [InlineData("", "Chưa nhập")]
    [InlineData("06/NQ/TU", "06-NQ/TU")]
    public void Parse_SpecificMistake_SaysWhatIsWrong(string input, string expected)
    {
        Assert.Contains(expected, DocumentCodeParser.Parse(input).Error);
    }

    [Theory]
    [InlineData("QĐ", "qđ", true)]
    [InlineData("QĐi", "QĐI", true)]
    [InlineData("QĐ", "QĐi", false)]
    [InlineData("ĐU", "ĐU", true)]
    [InlineData("TT", "TTr", false)]
    public void SameAbbreviation_IgnoresCaseAndFormButNotLetters(string a, string b, bool same)
    {
        Assert.Equal(same, DocumentCodeParser.SameAbbreviation(a, b.Normalize(NormalizationForm.FormD)));
    }
}
