namespace DangBo.Web.Modules.Documents;

/// <summary>The public addresses of the documents library; the only place these paths are spelled.</summary>
public static class DocumentsUrls
{
    public const string Library = "/van-ban";

    /// <summary>RSS of the public documents; a literal segment, so it wins over the document route /van-ban/{key}.</summary>
    public const string Feed = Library + "/rss.xml";

    public static string Document(int id, string slug) => string.IsNullOrEmpty(slug) ? $"{Library}/{id}" : $"{Library}/{id}-{slug}";

    public static string Download(int fileId) => $"{Library}/tep/{fileId}";

    public static string View(int fileId) => $"{Library}/tep/{fileId}/xem";
}
