using System.Text;
using DangBo.Web.Modules.Search.Services;

namespace DangBo.Web.Tests.Modules.Search.Services;

/// <summary>Words typed as Telex or VNI keys read as the syllables they spell, and nothing else read as one.</summary>
public sealed class VietnameseKeysTests
{
    [Theory]
    // Telex: tone keys at the end, doubled vowels, w, dd.
    [InlineData("ddaij", "đại")]
    [InlineData("hooij", "hội")]
    [InlineData("ddangr", "đảng")]
    [InlineData("booj", "bộ")]
    [InlineData("nawngx", "nẵng")]
    [InlineData("dduwowngf", "đường")]
    [InlineData("dduowngf", "đường")]
    [InlineData("duongwf", "dường")]
    [InlineData("vieetj", "việt")]
    [InlineData("tinhr", "tỉnh")]
    [InlineData("uyr", "ủy")]
    [InlineData("nguyeenx", "nguyễn")]
    [InlineData("quoocs", "quốc")]
    [InlineData("hoaf", "hòa")]
    [InlineData("thuyr", "thủy")]
    [InlineData("giuwax", "giữa")]
    [InlineData("gif", "gì")]
    [InlineData("gir", "gỉ")]
    [InlineData("nghix", "nghĩ")]
    [InlineData("kyx", "kỹ")]
    [InlineData("quyeets", "quyết")]
    [InlineData("quyf", "quỳ")]
    [InlineData("gieengs", "giếng")]
    [InlineData("khuyeens", "khuyến")]
    [InlineData("nguwowif", "người")]
    [InlineData("hoawcj", "hoặc")]
    [InlineData("tw", "tư")]
    [InlineData("tuw", "tư")]
    [InlineData("thows", "thớ")]
    // Without a tone: the marks alone.
    [InlineData("ddang", "đang")]
    [InlineData("dduwowng", "đương")]
    [InlineData("uw", "ư")]
    [InlineData("ow", "ơ")]
    // The tone key may come right after the vowel.
    [InlineData("ddaji", "đại")]
    [InlineData("tisnh", "tính")]
    // VNI: digits after the letters.
    [InlineData("d9a5i", "đại")]
    [InlineData("ho6i5", "hội")]
    [InlineData("d9a3ng", "đảng")]
    [InlineData("na8ng4", "nẵng")]
    [InlineData("d9uong72", "đường")]
    [InlineData("vie6t5", "việt")]
    public void Decode_KeysOfAVietnameseSyllable_GivesTheSyllable(string typed, string? expected) =>
        Assert.Equal(expected?.Normalize(NormalizationForm.FormC), VietnameseKeys.Decode(typed));

    [Theory]
    // No key at all: the word is already what it is.
    [InlineData("hoi")]
    [InlineData("dai")]
    [InlineData("dang")]
    // A second tone undoes the first (Telex), or the result is no Vietnamese syllable.
    [InlineData("ross")]
    [InlineData("sass")]
    [InlineData("class")]
    [InlineData("google")]
    [InlineData("windows")]
    [InlineData("aw")]
    [InlineData("ddd")]
    [InlineData("kaf")]
    [InlineData("ghaf")]
    [InlineData("ngif")]
    [InlineData("qur")]
    [InlineData("qus")]
    // A stop final takes only the rising or the heavy tone.
    [InlineData("tatf")]
    [InlineData("hocr")]
    // Numbers and codes, and the parts of codes.
    [InlineData("06")]
    [InlineData("2026")]
    [InlineData("1234")]
    [InlineData("nq")]
    [InlineData("ubnd")]
    [InlineData("06nqtu")]
    [InlineData("h5n1")]
    [InlineData("covid19")]
    [InlineData("b52")]
    [InlineData("d0a")]
    // Already with diacritics, or not Latin at all.
    [InlineData("đại")]
    [InlineData("москва")]
    [InlineData("a")]
    public void Decode_NotKeysOfASyllable_GivesNothing(string typed) =>
        Assert.Null(VietnameseKeys.Decode(typed));

    [Theory]
    [InlineData("ddai", "đai")]
    [InlineData("nguyee", "nguyê")]
    [InlineData("dduwow", "đươ")]
    [InlineData("hooi", "hôi")]
    public void Decode_AsPrefix_AcceptsARhymeBeingTyped(string typed, string expected)
    {
        Assert.Equal(expected, VietnameseKeys.Decode(typed, asPrefix: true));
    }

    [Fact]
    public void Decode_AsPrefix_StillNeedsAVowel() =>
        Assert.Null(VietnameseKeys.Decode("dd", asPrefix: true));

    [Fact]
    public void Parse_TelexWords_DecodedNextToTheWordsAsTyped()
    {
        var query = ParsedQuery.Parse("dai hoi Ddangr BOOJ");

        Assert.Equal([["ddangr"], ["dang"]], query.Clauses[2].FoldedAlternatives);
        Assert.Null(query.Clauses[0].Decoded);
        Assert.Equal([["ddangr"], ["booj"]], query.ExactTermGroups);
    }

    [Fact]
    public void Parse_PhraseOfTelexWords_OneAlternativeForTheWholePhrase()
    {
        var query = ParsedQuery.Parse("\"ddaij hooij\"");

        Assert.Equal([["ddaij", "hooij"], ["dai", "hoi"]], query.Clauses.Single().FoldedAlternatives);
    }

    [Fact]
    public void Parse_TelexLookingEnglishWord_ExactGroupHoldsBothReadings()
    {
        var query = ParsedQuery.Parse("a4");

        Assert.Equal([["ax", "a4"]], query.ExactTermGroups);
    }

    [Theory]
    [InlineData("06-NQ/TU")]
    [InlineData("06-nq/ddu")]
    [InlineData("1234/KH-UBND")]
    public void Parse_Code_NeverDecoded(string typed) =>
        Assert.All(ParsedQuery.Parse(typed).Clauses, c => Assert.Null(c.Decoded));
}
