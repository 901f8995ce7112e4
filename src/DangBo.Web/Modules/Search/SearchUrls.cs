namespace DangBo.Web.Modules.Search;

/// <summary>Public addresses of search; the only place they are spelled.</summary>
public static class SearchUrls
{
    public const string Results = "/tim-kiem";
    public const string Api = "/api/v1/search";
    public const string Suggestions = "/api/v1/search/suggest";
}
