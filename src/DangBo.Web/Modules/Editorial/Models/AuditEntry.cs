namespace DangBo.Web.Modules.Editorial.Models;

/// <summary>One back-office action: who did what, when, from which address. Written once, never changed or deleted.</summary>
public class AuditEntry
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    public string? UserId { get; set; }
    public required string UserName { get; set; }
    /// <summary>The HTTP method, page and handler, e.g. "POST /quan-tri/tin-bai/12 Transition".</summary>
    public required string Action { get; set; }
    public required string Path { get; set; }
    public int StatusCode { get; set; }
    public string? IpAddress { get; set; }
}
