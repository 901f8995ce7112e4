namespace DangBo.Web.Infrastructure.Web;

/// <summary>
/// Told of every public HTML page a reader received (200, GET), whether rendered or served from the output cache. Observers
/// count in memory and store in batches: a page view never writes to the database on its own.
/// </summary>
public interface IPageViewObserver
{
    void Viewed(HttpContext context, int portalId);
}
