namespace DangBo.Web.Modules.Content;

/// <summary>The public address of every content item; the only place these paths are spelled.</summary>
public static class ContentUrls
{
    public const string Home = "/";
    public const string NewsPrefix = "/tin-tuc";

    public static string Article(string categorySlug, string articleSlug) => $"{NewsPrefix}/{categorySlug}/{articleSlug}";

    public static string ArticlePrint(string categorySlug, string articleSlug) => Article(categorySlug, articleSlug) + "/ban-in";

    public static string Category(string categorySlug, int page = 1) =>
        page <= 1 ? $"{NewsPrefix}/{categorySlug}" : $"{NewsPrefix}/{categorySlug}?trang={page}";

    public static string CategoryFeed(string categorySlug) => $"{NewsPrefix}/{categorySlug}/rss.xml";

    public const string SiteFeed = "/rss.xml";
    public const string FeedList = "/rss";
    public const string Topics = "/chuyen-de";

    public static string Topic(string topicSlug, int page = 1) =>
        page <= 1 ? $"{Topics}/{topicSlug}" : $"{Topics}/{topicSlug}?trang={page}";

    /// <summary>A signed, expiring preview link (see ArticlePreviews).</summary>
    public static string Preview(string token) => "/xem-truoc/" + Uri.EscapeDataString(token);

    public const string Introduction = "/gioi-thieu";

    public static string StaticPage(string slug) => $"{Introduction}/{slug}";

    public const string Organisation = "/gioi-thieu/co-cau-to-chuc";
    public const string XmlSitemap = "/sitemap.xml";

    /// <summary>A numbered child of the sitemap index, used once there are more addresses than one sitemap may hold.</summary>
    public static string XmlSitemapPage(int page) => $"/sitemap-{page}.xml";

    public const string RobotsTxt = "/robots.txt";
    public const string HtmlSitemap = "/so-do-trang";
}
