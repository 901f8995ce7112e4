using System.Collections.Concurrent;
using System.Text;
using DangBo.Web.Modules.Content.Models;
using DangBo.Web.Modules.Documents.Models;
using DangBo.Web.Modules.Documents.Services;
using DangBo.Web.Modules.Search.Models;
using DangBo.Web.Modules.Search.Services;
using DangBo.Web.Tests.Infrastructure;
using DangBo.Web.Tests.Modules.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DangBo.Web.Tests.Modules.Search.Services;

/// <summary>
/// The contract both index implementations keep: the same Vietnamese queries find the same articles in the same
/// order on SQLite (FTS5) and PostgreSQL (tsvector). The corpus lives in a category of its own, and every query
/// is restricted to it, so the demo articles and other tests' articles never count.
/// </summary>
public abstract class SearchIndexContractTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : DangBoFactory
{
    private static readonly DateTime Day0 = new(2026, 9, 1, 2, 0, 0, DateTimeKind.Utc);

    /// <summary>Key, title, lead, body, days after Day0. Keys are what the cases below expect.</summary>
    private static readonly (string Key, string Title, string Lead, string Body, int Day)[] Items =
    [
        ("DaiHoi", "Đại hội Đảng bộ tỉnh lần thứ XV thành công tốt đẹp", "Đại hội đã bầu Ban Chấp hành khóa mới gồm 53 đồng chí.",
            "Các đại biểu thảo luận dân chủ, thẳng thắn về văn kiện.", 1),
        ("DaNang", "Đoàn công tác của tỉnh làm việc tại Đà Nẵng", "Học tập kinh nghiệm chuyển đổi số của thành phố Đà Nẵng.",
            "Đoàn trao đổi về chính quyền điện tử và đô thị thông minh.", 2),
        ("DaNang2", "Vận chuyển đá nặng qua cảng sông", "Xà lan chở đá nặng cập bến an toàn.",
            "Người dân đã quen với tiếng máy ở cảng.", 9),
        ("Duong", "Nâng cấp tuyến đường liên xã Tân Lập", "Tuyến đường dài 12 km được trải nhựa.",
            "Nhân dân hiến đất, góp công làm đường.", 3),
        ("DuongName", "Đồng chí Dương Văn Minh nhận nhiệm vụ mới", "Ban Thường vụ điều động cán bộ.",
            "Đồng chí hứa hoàn thành tốt nhiệm vụ được giao.", 4),
        ("DuongCare", "Chăm sóc, nuôi dưỡng người có công với cách mạng", "Các trung tâm bảo trợ nâng cao chất lượng phục vụ.",
            "Công tác điều dưỡng được quan tâm.", 5),
        ("Code", "Triển khai Nghị quyết số 06-NQ/TU về chuyển đổi số", "Ban Thường vụ Tỉnh ủy ban hành nghị quyết chuyên đề.",
            "Nghị quyết đặt mục tiêu đến năm 2030 tỉnh có nền kinh tế số phát triển.", 6),
        ("Code2", "Sơ kết Chỉ thị 15-CT/TU về công tác dân vận", "Dân vận khéo được nhân rộng.",
            "Thực hiện Kế hoạch 1234/KH-UBND của Ủy ban nhân dân tỉnh.", 7),
        ("BodyOnly", "Hội nghị sơ kết công tác quý III", "Nhiều chỉ tiêu đạt khá.",
            "Hội nghị yêu cầu đẩy mạnh chuyển đổi số trong cơ quan đảng.", 8),
        ("Phrase", "Thanh niên xung kích bảo vệ môi trường", "Ra quân ngày chủ nhật xanh.",
            "Đoàn viên thu gom rác thải.", 10),
        ("Words", "Bảo vệ nền tảng tư tưởng của Đảng", "Đấu tranh phản bác quan điểm sai trái.",
            "Môi trường mạng cần được làm sạch.", 11),
        ("Nfd", "Khánh thành cầu Hòa Bình".Normalize(NormalizationForm.FormD), "Cây cầu nối hai bờ sông Lam.".Normalize(NormalizationForm.FormD),
            "Công trình hoàn thành vượt tiến độ.".Normalize(NormalizationForm.FormD), 12),
        ("Lead", "Tin hoạt động cơ sở", "Đảng ủy xã Hòa Bình tổ chức Đại hội điểm.", "Đại hội diễn ra trong hai ngày.", 13),
        // An English word that is also Telex keys (test: tét), and the Vietnamese word those keys fold to (Tết).
        ("English", "Học sinh làm bài test tiếng Anh trực tuyến", "Kết quả test được công bố sau một tuần.",
            "Thầy Ross hỗ trợ học sinh ôn tập.", 14),
        ("Tet", "Chăm lo Tết cho hộ nghèo", "Trao quà Tết tận tay người dân.", "Không để ai thiếu Tết.", 15),
    ];

    private sealed record Corpus(int PortalId, int CategoryId, IReadOnlyDictionary<int, string> KeysByArticleId);

    private static readonly ConcurrentDictionary<DangBoFactory, Lazy<Task<Corpus>>> Corpora = new();

    private Task<Corpus> CorpusAsync() => Corpora.GetOrAdd(factory, f => new Lazy<Task<Corpus>>(() => CreateCorpusAsync(f))).Value;

    private static async Task<Corpus> CreateCorpusAsync(DangBoFactory f)
    {
        var category = await f.CreateCategoryAsync("Chuyên mục tìm kiếm");
        var keys = new Dictionary<int, string>();
        foreach (var item in Items)
        {
            var article = await f.CreateArticleAsync(category, Day0.AddDays(item.Day), a =>
            {
                a.Title = item.Title;
                a.Lead = item.Lead;
                a.BodyHtml = $"<p>{item.Body}</p>";
            });
            keys[article.Id] = item.Key;
        }
        return new Corpus(category.PortalId, category.Id, keys);
    }

    private async Task<(List<string> Keys, SearchResults Results)> SearchAsync(string query, Func<SearchRequest, SearchRequest>? adjust = null, DateTime? now = null)
    {
        var corpus = await CorpusAsync();
        await using var scope = factory.Services.CreateAsyncScope();
        var index = scope.ServiceProvider.GetRequiredService<ISearchIndex>();
        var request = new SearchRequest(corpus.PortalId, ParsedQuery.Parse(query)) { CategoryId = corpus.CategoryId, PageSize = 50 };
        var results = await index.QueryAsync(adjust is null ? request : adjust(request), now ?? DateTime.UtcNow);
        return (results.Hits.Select(h => corpus.KeysByArticleId.GetValueOrDefault(h.ItemId, "?")).ToList(), results);
    }

    /// <summary>Expected: keys in rank order, comma-separated; "" for nothing.</summary>
    [Theory]
    // Without diacritics, text with them is found; đ folds to d.
    [InlineData("dai hoi dang bo", "DaiHoi")]
    [InlineData("dai hoi", "DaiHoi,Lead")]
    [InlineData("da nang", "DaNang2,DaNang")]
    [InlineData("dong chi", "DuongName,DaiHoi")]
    [InlineData("chuyen doi so", "Code,DaNang,BodyOnly")]
    [InlineData("hoa binh", "Nfd,Lead")]
    [InlineData("nghi quyet", "Code")]
    [InlineData("duong", "Duong,DuongCare,DuongName")]
    [InlineData("dan van", "Code2,DaNang2,DaiHoi")]
    [InlineData("tuyen duong lien xa", "Duong")]
    // With diacritics: exact-diacritic matches first, then the folded ones, newest first within each.
    [InlineData("Đà Nẵng", "DaNang,DaNang2")]
    [InlineData("đá nặng", "DaNang2,DaNang")]
    [InlineData("đường", "Duong,DuongCare,DuongName")]
    [InlineData("Dương", "DuongName,Duong,DuongCare")]
    [InlineData("dưỡng", "DuongCare,Duong,DuongName")]
    [InlineData("Đại hội", "DaiHoi,Lead")]
    [InlineData("Hòa Bình", "Nfd,Lead")]
    [InlineData("chuyển đổi số", "Code,DaNang,BodyOnly")]
    [InlineData("Đảng bộ", "DaiHoi")]
    [InlineData("đảng", "Words,DaiHoi,Lead,BodyOnly")]
    // Case does not matter.
    [InlineData("ĐẠI HỘI ĐẢNG BỘ", "DaiHoi")]
    [InlineData("đẠi HộI", "DaiHoi,Lead")]
    [InlineData("DA NANG", "DaNang2,DaNang")]
    [InlineData("Da Nang", "DaNang2,DaNang")]
    [InlineData("ĐÀ NẴNG", "DaNang,DaNang2")]
    [InlineData("dUoNg", "Duong,DuongCare,DuongName")]
    // Every word is required.
    [InlineData("da nang chuyen doi", "DaNang")]
    [InlineData("dai hoi da nang", "")]
    [InlineData("bao ve", "Words,Phrase")]
    [InlineData("bao ve moi truong", "Phrase,Words")]
    [InlineData("moi truong mang", "Words")]
    // Phrases in quotes.
    [InlineData("\"bao ve moi truong\"", "Phrase")]
    [InlineData("\"bảo vệ môi trường\"", "Phrase")]
    [InlineData("\"dai hoi dang bo tinh\"", "DaiHoi")]
    [InlineData("\"dang bo dai hoi\"", "")]
    [InlineData("“nuôi dưỡng người có công”", "DuongCare")]
    [InlineData("\"chuyen doi so\" dang", "BodyOnly")]
    [InlineData("\"moi truong", "Phrase,Words")]
    [InlineData("\"moi truong\"", "Phrase,Words")]
    [InlineData("\"truong mang\"", "Words")]
    [InlineData("\"mang truong\"", "")]
    [InlineData("\"Đảng bộ\"", "DaiHoi")]
    [InlineData("dang-bo", "DaiHoi")]
    [InlineData("dang0bo", "")]
    // Document codes as typed.
    [InlineData("06-NQ/TU", "Code")]
    [InlineData("06 nq tu", "Code")]
    [InlineData("06/NQ-TU", "Code")]
    [InlineData("06nqtu", "Code")]
    [InlineData("15-CT/TU", "Code2")]
    [InlineData("1234/KH-UBND", "Code2")]
    [InlineData("1234khubnd", "Code2")]
    [InlineData("07-NQ/TU", "")]
    // Relevance: title, then lead, then body.
    [InlineData("hoi nghi", "BodyOnly")]
    [InlineData("ban thuong vu", "Code,DuongName")]
    [InlineData("cang", "DaNang2")]
    // Nothing found, or nothing to search for.
    [InlineData("khong co tu nay", "")]
    [InlineData("zzzqqq", "")]
    [InlineData("", "")]
    [InlineData("   ", "")]
    [InlineData("?!,.", "")]
    // Typed syntax of either database is plain text and never an error.
    [InlineData("\"", "")]
    [InlineData("*", "")]
    [InlineData("dai*", "DaiHoi,Lead,Duong")]
    [InlineData("NEAR(dai hoi)", "")]
    [InlineData("dai NEAR hoi", "")]
    [InlineData("-dai hoi", "DaiHoi,Lead")]
    [InlineData("dai OR nang", "")]
    [InlineData("TitleTerms:dai", "")]
    [InlineData("{TitleTerms}: hoi", "")]
    [InlineData("dai & hoi | !nang", "")]
    [InlineData("'dai':* & hoi", "DaiHoi,Lead")]
    [InlineData("dai <-> hoi", "DaiHoi,Lead")]
    [InlineData("da\\nang", "DaNang2,DaNang")]
    [InlineData("AND", "")]
    [InlineData("^dai hoi", "DaiHoi,Lead")]
    // Telex keys typed raw (no Vietnamese keyboard, Unikey off): as the words they spell, typed with marks.
    [InlineData("ddaij hooij ddangr booj", "DaiHoi")]
    [InlineData("ddaij hooij", "DaiHoi,Lead")]
    [InlineData("Ddaij Hooij", "DaiHoi,Lead")]
    [InlineData("dai hoi ddangr bo", "DaiHoi")]
    [InlineData("\"ddaij hooij ddangr\"", "DaiHoi")]
    [InlineData("\"ddangr booj ddaij hooij\"", "")]
    [InlineData("\"dai hoi\" ddangr", "DaiHoi,Lead")]
    [InlineData("DDAF NAWNGX", "DaNang,DaNang2")]
    [InlineData("ddas nawngj", "DaNang2,DaNang")]
    [InlineData("dduwowngf", "Duong,DuongCare,DuongName")]
    [InlineData("dduowngf", "Duong,DuongCare,DuongName")]
    [InlineData("Duwowng", "DuongName,Duong,DuongCare")]
    [InlineData("duwowxng", "DuongCare,Duong,DuongName")]
    [InlineData("chuyeenr ddooir soos", "Code,DaNang,BodyOnly")]
    [InlineData("hoaf binhf", "Nfd,Lead")]
    [InlineData("ddang", "Words,DaiHoi,Lead,BodyOnly")]
    // The decoded word's exact matches first, then the words that merely fold like it (dài, đại).
    [InlineData("ddaij", "DaiHoi,Lead,Duong")]
    [InlineData("daif", "Duong,DaiHoi,Lead")]
    // VNI keys, alone and mixed with Telex.
    [InlineData("d9a5i ho6i5", "DaiHoi,Lead")]
    [InlineData("D9a2 Na8ng4", "DaNang,DaNang2")]
    [InlineData("d9a5i hooij d9a3ng bo65", "DaiHoi")]
    // Words that only look like keys still find what they spell as typed, and rank above what the keys would spell.
    [InlineData("test", "English,Tet")]
    [InlineData("teets", "Tet")]
    [InlineData("ross", "English")]
    [InlineData("test tieengs anh", "English")]
    public async Task Query_FindsExpectedArticlesInOrder(string query, string expected)
    {
        var (keys, _) = await SearchAsync(query);
        Assert.Equal(expected, string.Join(',', keys));
    }

    [Theory]
    [InlineData("Đại hội")]
    [InlineData("Đà Nẵng")]
    [InlineData("Hòa Bình")]
    [InlineData("chuyển đổi số")]
    public async Task Query_TypedInDecomposedUnicode_FindsTheSameAsComposed(string query)
    {
        var (composed, _) = await SearchAsync(query.Normalize(NormalizationForm.FormC));
        var (decomposed, _) = await SearchAsync(query.Normalize(NormalizationForm.FormD));
        Assert.NotEmpty(composed);
        Assert.Equal(composed, decomposed);
    }

    [Fact]
    public async Task Query_SortNewest_IgnoresRelevance()
    {
        var (keys, _) = await SearchAsync("Đà Nẵng", r => r with { Sort = SearchSort.Newest });
        Assert.Equal(["DaNang2", "DaNang"], keys);
    }

    [Fact]
    public async Task Query_DateRange_KeepsOnlyArticlesPublishedInIt()
    {
        var (keys, results) = await SearchAsync("duong", r => r with { FromUtc = Day0.AddDays(4), ToUtc = Day0.AddDays(5) });
        Assert.Equal(["DuongName"], keys);
        Assert.Equal(1, results.Total);
    }

    [Fact]
    public async Task Query_TypeFilter_ArticlesOnlyOrNothingOfAnotherType()
    {
        var (articles, counted) = await SearchAsync("duong", r => r with { Type = SearchTypes.Article });
        var (documents, empty) = await SearchAsync("duong", r => r with { Type = "document" });
        Assert.Equal(3, articles.Count);
        Assert.Equal(3, counted.CountsByType[SearchTypes.Article]);
        Assert.Empty(documents);
        Assert.Equal(0, empty.Total);
        Assert.Equal(3, empty.CountsByType[SearchTypes.Article]);
    }

    [Fact]
    public async Task Query_UnitAndDocumentTypeFilters_ApplyToTheStoredFields()
    {
        var corpus = await CorpusAsync();
        var unitId = await factory.WithDbAsync(db => db.Portals.Where(p => p.Id == corpus.PortalId).Select(p => p.UnitId).SingleAsync());
        var (ofUnit, _) = await SearchAsync("duong", r => r with { UnitId = unitId });
        var (ofOtherUnit, _) = await SearchAsync("duong", r => r with { UnitId = unitId + 100_000 });
        var (ofDocumentType, _) = await SearchAsync("duong", r => r with { DocumentType = "Nghị quyết" });
        Assert.Equal(3, ofUnit.Count);
        Assert.Empty(ofOtherUnit);
        Assert.Empty(ofDocumentType);
    }

    [Fact]
    public async Task Query_Paging_SplitsTheSameOrderIntoPages()
    {
        var (all, _) = await SearchAsync("dang");
        var (first, firstResults) = await SearchAsync("dang", r => r with { PageSize = 2, Page = 1 });
        var (second, _) = await SearchAsync("dang", r => r with { PageSize = 2, Page = 2 });
        var (beyond, beyondResults) = await SearchAsync("dang", r => r with { PageSize = 2, Page = 50 });
        Assert.True(all.Count >= 4);
        Assert.Equal(all.Take(2), first);
        Assert.Equal(all.Skip(2).Take(2), second);
        Assert.Equal(all.Count, firstResults.Total);
        Assert.Equal((all.Count + 1) / 2, firstResults.TotalPages);
        Assert.Empty(beyond);
        Assert.Equal(all.Count, beyondResults.Total);
    }

    [Fact]
    public async Task Query_MoreMatchesThanTheCap_CountSaysMoreThanAndPagesStopAtTheReachableResults()
    {
        var corpus = await CorpusAsync();
        var category = await factory.CreateCategoryAsync("Chuyên mục nhiều kết quả");
        // A word of its own, so only these entries match; written as the index stores them, without 1,000 articles.
        var word = "tracap" + Guid.NewGuid().ToString("N")[..8].Replace('0', 'q').Replace('1', 'w');
        await factory.WithDbAsync(async db =>
        {
            for (var i = 0; i < SearchResults.CountCap + 5; i++)
            {
                db.SearchEntries.Add(new SearchEntry
                {
                    Type = SearchTypes.Article, ItemId = 900_000_000 + i, PortalId = corpus.PortalId, CategoryId = category.Id,
                    Title = $"Tin {word} số {i}", Url = $"/tin-tuc/nhieu/{word}-{i}", PublishedAt = Day0.AddMinutes(i),
                    TitleTerms = word,
                });
            }
            await db.SaveChangesAsync();
        });
        await using var scope = factory.Services.CreateAsyncScope();
        var index = scope.ServiceProvider.GetRequiredService<ISearchIndex>();
        SearchRequest Request(int page, SearchSort sort = SearchSort.Relevance) =>
            new(corpus.PortalId, ParsedQuery.Parse(word)) { CategoryId = category.Id, PageSize = 50, Page = page, Sort = sort };

        var first = await index.QueryAsync(Request(1), DateTime.UtcNow);
        var last = await index.QueryAsync(Request(SearchResults.ReachableResults / 50), DateTime.UtcNow);
        var beyond = await index.QueryAsync(Request(SearchResults.ReachableResults / 50 + 1), DateTime.UtcNow);
        var newestLast = await index.QueryAsync(Request(SearchResults.ReachableResults / 50, SearchSort.Newest), DateTime.UtcNow);

        var articlesOnly = await index.QueryAsync(Request(1) with { Type = SearchTypes.Article }, DateTime.UtcNow);

        Assert.Equal(SearchResults.CountCap, first.Total);
        Assert.True(first.TotalIsCapped);
        Assert.True(first.CountsAreCapped);
        Assert.Empty(first.CountsByType);
        Assert.True(articlesOnly.TotalIsCapped);
        Assert.Contains(SearchTypes.Article, articlesOnly.CappedTypes);
        Assert.Equal(SearchResults.CountCap, articlesOnly.CountsByType[SearchTypes.Article]);
        Assert.Equal(SearchResults.ReachableResults / 50, first.TotalPages);
        Assert.Equal(50, first.Hits.Count);
        Assert.Equal(50, last.Hits.Count);
        Assert.Empty(beyond.Hits);
        // Newest first: the 500th newest of 1,005 is entry 505.
        Assert.Equal($"Tin {word} số 505", newestLast.Hits[^1].Title);
        Assert.Empty(first.Hits.Select(h => h.Id).Intersect(last.Hits.Select(h => h.Id)));
    }

    [Fact]
    public async Task Query_MoreMatchesThanTheCap_DatesAgainstIndexingOrder_NewestFirstAndDateRangesFollowTheDates()
    {
        // Entries indexed oldest-id-newest-date first (a reindex after back-dated imports): an index that took a higher id
        // for a newer item would put the oldest first. Every fifth entry has the word in its title too.
        var corpus = await CorpusAsync();
        var category = await factory.CreateCategoryAsync("Chuyên mục ngược ngày");
        var word = "nguoc" + Guid.NewGuid().ToString("N")[..8].Replace('0', 'q').Replace('1', 'w');
        var count = SearchResults.CountCap + 300;
        await factory.WithDbAsync(async db =>
        {
            for (var i = 0; i < count; i++)
            {
                var inTitle = i % 5 == 0;
                db.SearchEntries.Add(new SearchEntry
                {
                    Type = SearchTypes.Article, ItemId = 910_000_000 + i, PortalId = corpus.PortalId, CategoryId = category.Id,
                    Title = inTitle ? $"Tin {word} số {i}" : $"Tin số {i}", Url = $"/tin-tuc/nguoc/{word}-{i}",
                    PublishedAt = Day0.AddHours(-i), TitleTerms = inTitle ? word : "tin so", BodyTerms = word,
                });
            }
            await db.SaveChangesAsync();
        });
        await using var scope = factory.Services.CreateAsyncScope();
        var index = scope.ServiceProvider.GetRequiredService<ISearchIndex>();
        SearchRequest Request(int page, SearchSort sort) =>
            new(corpus.PortalId, ParsedQuery.Parse(word)) { CategoryId = category.Id, PageSize = 50, Page = page, Sort = sort };
        var now = DateTime.UtcNow;

        var newestFirst = await index.QueryAsync(Request(1, SearchSort.Newest), now);
        var newestTenth = await index.QueryAsync(Request(10, SearchSort.Newest), now);
        // Hours 200 to 1,250 before Day0: entries 201 to 1,250 (the upper bound is exclusive), 1,050 of them, so still capped.
        var inRange = await index.QueryAsync(Request(1, SearchSort.Newest) with { FromUtc = Day0.AddHours(-1250), ToUtc = Day0.AddHours(-200) }, now);
        var relevance = await index.QueryAsync(Request(1, SearchSort.Relevance), now);
        var relevanceInRange = await index.QueryAsync(Request(1, SearchSort.Relevance) with { FromUtc = Day0.AddHours(-1250), ToUtc = Day0.AddHours(-200) }, now);

        Assert.True(newestFirst.TotalIsCapped);
        Assert.Equal($"Tin {word} số 0", newestFirst.Hits[0].Title);
        Assert.Equal("Tin số 49", newestFirst.Hits[^1].Title);
        Assert.Equal($"Tin {word} số 450", newestTenth.Hits[0].Title);
        Assert.Equal("Tin số 499", newestTenth.Hits[^1].Title);
        Assert.True(inRange.TotalIsCapped);
        Assert.Equal("Tin số 201", inRange.Hits[0].Title);
        Assert.Equal($"Tin {word} số 250", inRange.Hits[^1].Title);
        // Relevance: title matches first, newest first among them.
        Assert.Equal(Enumerable.Range(0, 50).Select(n => $"Tin {word} số {n * 5}"), relevance.Hits.Select(h => h.Title));
        Assert.Equal(Enumerable.Range(0, 50).Select(n => $"Tin {word} số {205 + n * 5}"), relevanceInRange.Hits.Select(h => h.Title));
    }

    [Fact]
    public async Task Query_FewerMatchesThanTheCap_CountIsExact()
    {
        var (all, results) = await SearchAsync("dang");
        Assert.False(results.TotalIsCapped);
        Assert.Empty(results.CappedTypes);
        Assert.Equal(all.Count, results.Total);
    }

    [Theory]
    // A code finds the items that carry it, not every item where its parts (12, ct, tư) occur apart.
    [InlineData("12 ct tu", "Code")]
    [InlineData("12-CT/TU", "Code")]
    [InlineData("12/ct-tu", "Code")]
    [InlineData("chỉ thị 12-CT/TU", "Code")]
    [InlineData("\"12 CT TU\"", "Code")]
    // Words that only look like a code still find the words.
    [InlineData("15 ct tu", "Apart15")]
    [InlineData("\"năm 2025\"", "Apart15")]
    public async Task Query_Codes_FindTheCodeAsTypedAndWordsOnlyWhenNoCodeMatches(string query, string expected)
    {
        var category = await CodeCorpusAsync();
        var (_, results) = await SearchAsync(query, r => r with { CategoryId = category.Id });
        var keys = results.Hits.Select(h => category.Keys[h.ItemId]);
        Assert.Equal(expected, string.Join(',', keys));
    }

    private sealed record CodeCorpus(int Id, IReadOnlyDictionary<int, string> Keys);

    private static readonly ConcurrentDictionary<DangBoFactory, Lazy<Task<CodeCorpus>>> CodeCorpora = new();

    private Task<CodeCorpus> CodeCorpusAsync() => CodeCorpora.GetOrAdd(factory, f => new Lazy<Task<CodeCorpus>>(async () =>
    {
        var category = await f.CreateCategoryAsync("Chuyên mục mã văn bản");
        var code = await f.CreateArticleAsync(category, Day0, a =>
        {
            a.Title = "Quán triệt Chỉ thị 12-CT/TU của Ban Thường vụ";
            a.BodyHtml = "<p>Các chi bộ tổ chức học tập chỉ thị.</p>";
        });
        var apart12 = await f.CreateArticleAsync(category, Day0.AddDays(1), a =>
        {
            a.Title = "Đoàn 12 người làm việc với Công ty CT";
            a.BodyHtml = "<p>Trao đổi về công tác tư tưởng.</p>";
        });
        var apart15 = await f.CreateArticleAsync(category, Day0.AddDays(2), a =>
        {
            a.Title = "Tổ 15 người khảo sát Công ty CT";
            a.BodyHtml = "<p>Tình hình tư tưởng cán bộ năm 2025.</p>";
        });
        return new CodeCorpus(category.Id, new Dictionary<int, string> { [code.Id] = "Code", [apart12.Id] = "Apart12", [apart15.Id] = "Apart15" });
    })).Value;

    [Theory]
    [InlineData("da", "Words,DaNang2,Code2,DaNang,DaiHoi")]
    [InlineData("dai h", "DaiHoi")]
    [InlineData("Đại h", "DaiHoi")]
    [InlineData("nang c", "DaNang2,Duong,DaNang")]
    [InlineData("06-nq", "Code")]
    [InlineData("khong co", "")]
    // Telex keys, the last one still being typed.
    [InlineData("ddaij h", "DaiHoi")]
    [InlineData("dduwow", "DuongCare,DuongName,Duong")]
    [InlineData("hooi", "BodyOnly,DaiHoi")]
    public async Task Suggest_PrefixOfTitleWords_GivesTitlesNewestFirst(string typed, string expected)
    {
        var corpus = await CorpusAsync();
        await using var scope = factory.Services.CreateAsyncScope();
        var index = scope.ServiceProvider.GetRequiredService<ISearchIndex>();
        var suggestions = await index.SuggestAsync(corpus.PortalId, ParsedQuery.Parse(typed, lastIsPrefix: true), DocumentReader.Anonymous, DateTime.UtcNow, 50);
        var titles = Items.ToDictionary(i => i.Title.Normalize(NormalizationForm.FormC), i => i.Key);
        var keys = suggestions.Select(s => titles.GetValueOrDefault(s.Title.Normalize(NormalizationForm.FormC))).Where(k => k is not null);
        Assert.Equal(expected, string.Join(',', keys));
    }

    [Fact]
    public async Task Visibility_DraftUnpublishedAndScheduledArticles_AreNotFound()
    {
        var category = await factory.CreateCategoryAsync();
        var marker = "mk" + Guid.NewGuid().ToString("N")[..8];
        var draft = await factory.CreateArticleAsync(category, null, a => a.Title = $"Bản nháp {marker}");
        var unpublished = await factory.CreateArticleAsync(category, DateTime.UtcNow.AddDays(-1), a => a.Title = $"Tin đã gỡ {marker}");
        await factory.WithDbAsync(async db =>
        {
            var a = await db.Articles.SingleAsync(x => x.Id == unpublished.Id);
            a.Unpublish();
            await db.SaveChangesAsync();
        });
        var scheduled = await factory.CreateArticleAsync(category, DateTime.UtcNow.AddDays(2), a => a.Title = $"Tin hẹn giờ {marker}");
        var visible = await factory.CreateArticleAsync(category, DateTime.UtcNow.AddDays(-2), a => a.Title = $"Tin công khai {marker}");

        var now = await IdsAsync(category, marker, DateTime.UtcNow);
        var later = await IdsAsync(category, marker, DateTime.UtcNow.AddDays(3));

        Assert.Equal([visible.Id], now);
        Assert.Equal([scheduled.Id, visible.Id], later);
        Assert.DoesNotContain(draft.Id, later);
        Assert.DoesNotContain(unpublished.Id, later);
    }

    [Fact]
    public async Task Visibility_EditUnpublishRepublishAndDelete_KeepTheIndexInStep()
    {
        var category = await factory.CreateCategoryAsync();
        var before = "cu" + Guid.NewGuid().ToString("N")[..8];
        var after = "moi" + Guid.NewGuid().ToString("N")[..8];
        var article = await factory.CreateArticleAsync(category, DateTime.UtcNow.AddDays(-1), a => a.Title = $"Tiêu đề {before}");
        Assert.Equal([article.Id], await IdsAsync(category, before, DateTime.UtcNow));

        await EditAsync(article.Id, a => a.Title = $"Tiêu đề {after}");
        Assert.Empty(await IdsAsync(category, before, DateTime.UtcNow));
        Assert.Equal([article.Id], await IdsAsync(category, after, DateTime.UtcNow));

        await EditAsync(article.Id, a => a.BodyHtml = $"<p>Nội dung có từ <strong>{before}</strong> trong thân bài.</p>");
        Assert.Equal([article.Id], await IdsAsync(category, before, DateTime.UtcNow));

        await EditAsync(article.Id, a => a.Unpublish());
        Assert.Empty(await IdsAsync(category, after, DateTime.UtcNow));

        await EditAsync(article.Id, a => a.Publish(DateTime.UtcNow));
        Assert.Equal([article.Id], await IdsAsync(category, after, DateTime.UtcNow));

        await factory.WithDbAsync(async db =>
        {
            db.Articles.Remove(await db.Articles.SingleAsync(a => a.Id == article.Id));
            await db.SaveChangesAsync();
        });
        Assert.Empty(await IdsAsync(category, after, DateTime.UtcNow));
        Assert.False(await factory.WithDbAsync(db => db.SearchEntries.AnyAsync(e => e.Type == SearchTypes.Article && e.ItemId == article.Id)));
    }

    [Fact]
    public async Task Visibility_CategoryAddressChange_UpdatesResultUrls()
    {
        var category = await factory.CreateCategoryAsync();
        var marker = "dc" + Guid.NewGuid().ToString("N")[..8];
        var article = await factory.CreateArticleAsync(category, DateTime.UtcNow.AddDays(-1), a => a.Title = $"Tin chuyển mục {marker}");
        var newSlug = category.Slug + "-moi";
        await factory.WithDbAsync(async db =>
        {
            (await db.Categories.SingleAsync(c => c.Id == category.Id)).Slug = newSlug;
            await db.SaveChangesAsync();
        });
        var url = await factory.WithDbAsync(db => db.SearchEntries.Where(e => e.ItemId == article.Id && e.Type == SearchTypes.Article).Select(e => e.Url).SingleAsync());
        Assert.Equal($"/tin-tuc/{newSlug}/{article.Slug}", url);
    }

    [Fact]
    public async Task Rebuild_ReplacesEntriesWithWhatIsPublished()
    {
        var category = await factory.CreateCategoryAsync();
        var marker = "rb" + Guid.NewGuid().ToString("N")[..8];
        var article = await factory.CreateArticleAsync(category, DateTime.UtcNow.AddDays(-1), a => a.Title = $"Tin dựng lại {marker}");
        await factory.WithDbAsync(db => db.SearchEntries.Where(e => e.ItemId == article.Id).ExecuteDeleteAsync());
        Assert.Empty(await IdsAsync(category, marker, DateTime.UtcNow));

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<SearchIndexRebuilder>().RebuildAsync();
        }

        Assert.Equal([article.Id], await IdsAsync(category, marker, DateTime.UtcNow));
        var (keys, _) = await SearchAsync("Đà Nẵng");
        Assert.Equal(["DaNang", "DaNang2"], keys);
    }

    // ---- Documents: the same index, with the library's visibility rule applied when searching ----

    /// <summary>Key, type, code, summary (trích yếu), attachment text, visibility, issue date. All issued by a unit of their own.</summary>
    private static readonly (string Key, string Type, string Code, string Summary, string Attachment, DocumentVisibility Visibility, DateOnly Issued)[] DocumentItems =
    [
        ("DocCode", "nghi-quyet", "06-NQ/ĐU", "Về đẩy mạnh chuyển đổi số trong hệ thống chính trị",
            "Nghị quyết giao các chi bộ làm tốt công tác dân vận ở khu dân cư.", DocumentVisibility.Public, new DateOnly(2026, 4, 10)),
        ("DocAttach", "chi-thi", "12-CT/ĐU", "Về tăng cường công tác dân vận của hệ thống chính trị",
            "Chủ động phòng chống thiên tai, bão lũ và tìm kiếm cứu nạn trên địa bàn.", DocumentVisibility.Public, new DateOnly(2026, 2, 5)),
        ("DocMembers", "ket-luan", "21-KL/ĐU", "Về công tác quy hoạch cán bộ nhiệm kỳ mới",
            "Rà soát nguồn cán bộ trẻ có năng lực, uy tín.", DocumentVisibility.AllMembers, new DateOnly(2026, 5, 2)),
        ("DocUnits", "thong-bao", "07-TB/ĐU", "Về kết quả kiểm tra giám sát chuyên đề quy hoạch cán bộ",
            "Kiểm tra việc đảng viên chấp hành Điều lệ Đảng.", DocumentVisibility.Units, new DateOnly(2026, 5, 20)),
    ];

    private sealed record DocumentCorpus(int PortalId, int UnitId, int AudienceUnitId, IReadOnlyDictionary<int, string> KeysByDocumentId);

    private static readonly ConcurrentDictionary<DangBoFactory, Lazy<Task<DocumentCorpus>>> DocumentCorpora = new();

    private Task<DocumentCorpus> DocumentCorpusAsync() =>
        DocumentCorpora.GetOrAdd(factory, f => new Lazy<Task<DocumentCorpus>>(() => CreateDocumentCorpusAsync(f))).Value;

    private static async Task<DocumentCorpus> CreateDocumentCorpusAsync(DangBoFactory f)
    {
        var unit = await f.CreateUnitAsync("Đảng ủy xã Thử Nghiệm Tìm Kiếm", "ĐU");
        var audience = await f.CreateUnitAsync("Chi bộ Thử Nghiệm Tìm Kiếm", "CB", unit.Slug);
        var keys = new Dictionary<int, string>();
        foreach (var d in DocumentItems)
        {
            var document = await f.CreateDocumentAsync(d.Summary, d.Visibility, d.Visibility == DocumentVisibility.Units ? [audience.Slug] : null,
                d.Type, unit.Slug, d.Issued, code: d.Code, attachmentText: d.Attachment);
            keys[document.Id] = d.Key;
        }
        var portalId = await f.WithDbAsync(db => db.Portals.Where(p => p.IsRoot).Select(p => p.Id).SingleAsync());
        return new DocumentCorpus(portalId, unit.Id, audience.Id, keys);
    }

    private async Task<DocumentReader> ReaderAsync(Who who)
    {
        var corpus = await DocumentCorpusAsync();
        return who switch
        {
            Who.Member => new DocumentReader(true, [], []),
            Who.MemberOfAudience => new DocumentReader(true, [corpus.AudienceUnitId], []),
            _ => DocumentReader.Anonymous,
        };
    }

    private async Task<(List<string> Keys, SearchResults Results)> SearchDocumentsAsync(string query, Who who = Who.Anonymous, Func<SearchRequest, SearchRequest>? adjust = null)
    {
        var corpus = await DocumentCorpusAsync();
        await using var scope = factory.Services.CreateAsyncScope();
        var index = scope.ServiceProvider.GetRequiredService<ISearchIndex>();
        var request = new SearchRequest(corpus.PortalId, ParsedQuery.Parse(query)) { UnitId = corpus.UnitId, PageSize = 50, Reader = await ReaderAsync(who) };
        var results = await index.QueryAsync(adjust is null ? request : adjust(request), DateTime.UtcNow);
        return (results.Hits.Select(h => h.Type == SearchTypes.Document ? corpus.KeysByDocumentId.GetValueOrDefault(h.ItemId, "?") : "article").ToList(), results);
    }

    [Theory]
    // Folded words of the summary, with or without marks, in any case.
    [InlineData("chuyen doi so", Who.Anonymous, "DocCode")]
    [InlineData("CHUYỂN ĐỔI SỐ", Who.Anonymous, "DocCode")]
    [InlineData("he thong chinh tri", Who.Anonymous, "DocCode,DocAttach")]
    [InlineData("nghi quyet", Who.Anonymous, "DocCode")]
    [InlineData("chi thi dan van", Who.Anonymous, "DocAttach")]
    // The code as typed, with its punctuation, spaced out, run together, đ folded.
    [InlineData("06-NQ/ĐU", Who.Anonymous, "DocCode")]
    [InlineData("06 nq đu", Who.Anonymous, "DocCode")]
    [InlineData("06 nq du", Who.Anonymous, "DocCode")]
    [InlineData("06nqdu", Who.Anonymous, "DocCode")]
    [InlineData("12-ct/đu", Who.Anonymous, "DocAttach")]
    [InlineData("06-NQ/TU", Who.Anonymous, "")]
    // The text of the attachments, ranked below the title fields: DocAttach has "dân vận" in its summary, DocCode only in its file.
    [InlineData("thien tai bao lu", Who.Anonymous, "DocAttach")]
    [InlineData("phòng chống thiên tai", Who.Anonymous, "DocAttach")]
    [InlineData("dan van", Who.Anonymous, "DocAttach,DocCode")]
    [InlineData("\"khu dan cu\"", Who.Anonymous, "DocCode")]
    // Internal documents: never for anonymous readers, by any word of theirs; members see what the library shows them.
    [InlineData("quy hoach can bo", Who.Anonymous, "")]
    [InlineData("21-KL/ĐU", Who.Anonymous, "")]
    [InlineData("can bo tre", Who.Anonymous, "")]
    [InlineData("dieu le dang", Who.Anonymous, "")]
    [InlineData("quy hoach can bo", Who.Member, "DocMembers")]
    [InlineData("can bo tre", Who.Member, "DocMembers")]
    [InlineData("dieu le dang", Who.Member, "")]
    [InlineData("quy hoach can bo", Who.MemberOfAudience, "DocUnits,DocMembers")]
    [InlineData("07-TB/ĐU", Who.MemberOfAudience, "DocUnits")]
    [InlineData("dieu le dang", Who.MemberOfAudience, "DocUnits")]
    public async Task Documents_Query_FindsExpectedDocumentsInOrder(string query, Who who, string expected)
    {
        var (keys, results) = await SearchDocumentsAsync(query, who);
        Assert.Equal(expected, string.Join(',', keys));
        Assert.Equal(keys.Count, results.Total);
        Assert.Equal(keys.Count, results.CountsByType.GetValueOrDefault(SearchTypes.Document));
    }

    [Fact]
    public async Task Documents_TypeAndDocumentTypeFilters_KeepOnlyThatKind()
    {
        var (documents, counted) = await SearchDocumentsAsync("he thong chinh tri", adjust: r => r with { Type = SearchTypes.Document });
        var (directives, _) = await SearchDocumentsAsync("he thong chinh tri", adjust: r => r with { DocumentType = "chi-thi" });
        var (articles, none) = await SearchDocumentsAsync("he thong chinh tri", adjust: r => r with { Type = SearchTypes.Article });
        Assert.Equal(["DocCode", "DocAttach"], documents);
        Assert.Equal(2, counted.CountsByType[SearchTypes.Document]);
        Assert.Equal(["DocAttach"], directives);
        Assert.Empty(articles);
        Assert.Equal(0, none.Total);
        Assert.Equal(2, none.CountsByType[SearchTypes.Document]);
    }

    [Fact]
    public async Task Documents_AnonymousCountsOverTheWholePortal_NeverIncludeInternalDocuments()
    {
        var corpus = await DocumentCorpusAsync();
        await using var scope = factory.Services.CreateAsyncScope();
        var index = scope.ServiceProvider.GetRequiredService<ISearchIndex>();
        var query = ParsedQuery.Parse("quy hoach can bo nhiem ky moi");
        var anonymous = await index.QueryAsync(new SearchRequest(corpus.PortalId, query), DateTime.UtcNow);
        var member = await index.QueryAsync(new SearchRequest(corpus.PortalId, query) { Reader = await ReaderAsync(Who.Member) }, DateTime.UtcNow);
        Assert.DoesNotContain(anonymous.Hits, h => corpus.KeysByDocumentId.ContainsKey(h.ItemId) && h.Type == SearchTypes.Document);
        Assert.Contains(member.Hits, h => h.Type == SearchTypes.Document && corpus.KeysByDocumentId.GetValueOrDefault(h.ItemId) == "DocMembers");
        Assert.Equal(anonymous.Total + 1, member.Total);
    }

    [Theory]
    [InlineData("ve cong tac quy h", Who.Anonymous, "")]
    [InlineData("ve cong tac quy h", Who.Member, "DocMembers")]
    [InlineData("ve ket qua kiem tra gi", Who.Anonymous, "")]
    [InlineData("ve ket qua kiem tra gi", Who.MemberOfAudience, "DocUnits")]
    [InlineData("06-nq", Who.Anonymous, "DocCode")]
    public async Task Documents_Suggest_OffersOnlyTitlesTheReaderMaySee(string typed, Who who, string expected)
    {
        var corpus = await DocumentCorpusAsync();
        await using var scope = factory.Services.CreateAsyncScope();
        var index = scope.ServiceProvider.GetRequiredService<ISearchIndex>();
        var suggestions = await index.SuggestAsync(corpus.PortalId, ParsedQuery.Parse(typed, lastIsPrefix: true), await ReaderAsync(who), DateTime.UtcNow, 50);
        var urls = await factory.WithDbAsync(db => db.Documents.Where(d => corpus.KeysByDocumentId.Keys.Contains(d.Id)).Select(d => new { d.Id, d.Slug }).ToListAsync());
        var keysByUrl = urls.ToDictionary(u => Web.Modules.Documents.DocumentsUrls.Document(u.Id, u.Slug), u => corpus.KeysByDocumentId[u.Id]);
        Assert.Equal(expected, string.Join(',', suggestions.Select(s => keysByUrl.GetValueOrDefault(s.Url)).Where(k => k is not null)));
    }

    [Fact]
    public async Task Documents_EditVisibilityFileAndDelete_KeepTheIndexInStep()
    {
        var marker = "vb" + Guid.NewGuid().ToString("N")[..8];
        var document = await factory.CreateDocumentAsync($"Về kế hoạch thử nghiệm {marker}", DocumentVisibility.AllMembers, attachmentText: "Nội dung ban đầu.");
        var filed = "tep" + Guid.NewGuid().ToString("N")[..8];
        var member = new DocumentReader(true, [], []);
        Assert.Empty(await DocumentIdsAsync(marker, DocumentReader.Anonymous));
        Assert.Equal([document.Id], await DocumentIdsAsync(marker, member));

        await WithRegistryAsync(document.Id, async (registry, db, d) =>
        {
            var input = new DocumentInput(d.OwnerUnitId, d.DocumentTypeId, d.Code, d.IssuerUnitId, d.IssuerName, d.SignerName, d.SignerPosition,
                d.IssuedOn, d.EffectiveOn, d.ExpiresOn, d.Summary, d.Field, d.CommitteeTermId, DocumentVisibility.Public, []);
            await registry.UpdateAsync(d, input, acceptWarnings: true);
        });
        Assert.Equal([document.Id], await DocumentIdsAsync(marker, DocumentReader.Anonymous));

        Assert.Empty(await DocumentIdsAsync(filed, DocumentReader.Anonymous));
        await WithRegistryAsync(document.Id, (registry, db, d) =>
            registry.AddFilesAsync(d, [new DocumentUpload(DocumentTestData.Pdf($"Phụ lục có từ {filed} để tra cứu."), "phu-luc.pdf")]));
        Assert.Equal([document.Id], await DocumentIdsAsync(filed, DocumentReader.Anonymous));

        await WithRegistryAsync(document.Id, (registry, db, d) => registry.DeleteAsync(d));
        Assert.Empty(await DocumentIdsAsync(marker, member));
        Assert.False(await factory.WithDbAsync(db => db.SearchEntries.AnyAsync(e => e.Type == SearchTypes.Document && e.ItemId == document.Id)));
    }

    [Fact]
    public async Task Documents_Rebuild_IndexesEveryDocumentWithItsAttachments()
    {
        var marker = "rbd" + Guid.NewGuid().ToString("N")[..8];
        var document = await factory.CreateDocumentAsync($"Về dựng lại chỉ mục {marker}", attachmentText: $"Phụ lục {marker}x riêng.");
        await factory.WithDbAsync(db => db.SearchEntries.Where(e => e.Type == SearchTypes.Document && e.ItemId == document.Id).ExecuteDeleteAsync());
        Assert.Empty(await DocumentIdsAsync(marker, DocumentReader.Anonymous));

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<SearchIndexRebuilder>().RebuildAsync();
        }

        Assert.Equal([document.Id], await DocumentIdsAsync(marker, DocumentReader.Anonymous));
        Assert.Equal([document.Id], await DocumentIdsAsync(marker + "x", DocumentReader.Anonymous));
    }

    private async Task WithRegistryAsync(int documentId, Func<DocumentRegistry, Web.Infrastructure.Data.DangBoDbContext, Document, Task> act)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Web.Infrastructure.Data.DangBoDbContext>();
        var document = await db.Documents.Include(d => d.AudienceUnits).SingleAsync(d => d.Id == documentId);
        await act(scope.ServiceProvider.GetRequiredService<DocumentRegistry>(), db, document);
    }

    private async Task<List<int>> DocumentIdsAsync(string query, DocumentReader reader)
    {
        var portalId = await factory.WithDbAsync(db => db.Portals.Where(p => p.IsRoot).Select(p => p.Id).SingleAsync());
        await using var scope = factory.Services.CreateAsyncScope();
        var index = scope.ServiceProvider.GetRequiredService<ISearchIndex>();
        var results = await index.QueryAsync(new SearchRequest(portalId, ParsedQuery.Parse(query)) { Type = SearchTypes.Document, Reader = reader }, DateTime.UtcNow);
        return results.Hits.Select(h => h.ItemId).ToList();
    }

    private async Task EditAsync(int articleId, Action<Article> edit) => await factory.WithDbAsync(async db =>
    {
        edit(await db.Articles.SingleAsync(a => a.Id == articleId));
        await db.SaveChangesAsync();
    });

    private async Task<List<int>> IdsAsync(Category category, string query, DateTime now)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var index = scope.ServiceProvider.GetRequiredService<ISearchIndex>();
        var results = await index.QueryAsync(new SearchRequest(category.PortalId, ParsedQuery.Parse(query)) { CategoryId = category.Id }, now);
        return results.Hits.Select(h => h.ItemId).ToList();
    }
}

/// <summary>Who searches the document corpus: nobody signed in, any member, or a member of the unit an internal document is for.</summary>
public enum Who { Anonymous, Member, MemberOfAudience }

public sealed class SearchIndexContractTests_Sqlite(SqliteFactory f) : SearchIndexContractTests<SqliteFactory>(f);

public sealed class SearchIndexContractTests_Postgres(PostgresFactory f) : SearchIndexContractTests<PostgresFactory>(f);
