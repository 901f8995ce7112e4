using System.Collections.Concurrent;
using System.Text;
using DangBo.Web.Modules.Content.Models;
using DangBo.Web.Modules.Search.Models;
using DangBo.Web.Modules.Search.Services;
using DangBo.Web.Tests.Infrastructure;
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

    [Theory]
    [InlineData("da", "Words,DaNang2,Code2,DaNang,DaiHoi")]
    [InlineData("dai h", "DaiHoi")]
    [InlineData("Đại h", "DaiHoi")]
    [InlineData("nang c", "DaNang2,Duong,DaNang")]
    [InlineData("06-nq", "Code")]
    [InlineData("khong co", "")]
    public async Task Suggest_PrefixOfTitleWords_GivesTitlesNewestFirst(string typed, string expected)
    {
        var corpus = await CorpusAsync();
        await using var scope = factory.Services.CreateAsyncScope();
        var index = scope.ServiceProvider.GetRequiredService<ISearchIndex>();
        var suggestions = await index.SuggestAsync(corpus.PortalId, ParsedQuery.Parse(typed, lastIsPrefix: true), DateTime.UtcNow, 50);
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

public sealed class SearchIndexContractTests_Sqlite(SqliteFactory f) : SearchIndexContractTests<SqliteFactory>(f);

public sealed class SearchIndexContractTests_Postgres(PostgresFactory f) : SearchIndexContractTests<PostgresFactory>(f);
