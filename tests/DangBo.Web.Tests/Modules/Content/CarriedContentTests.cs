using System.Security.Claims;
using DangBo.Web.Modules.Content.Models;
using DangBo.Web.Modules.Content.Services;
using DangBo.Web.Modules.Portals.Services;
using DangBo.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DangBo.Web.Tests.Modules.Content;

/// <summary>
/// What the tests of carried articles share: the demo's portals, and the steps of a share taken through
/// <see cref="ArticleSharing"/> as the back office takes them (by a staff member the service trusts).
/// </summary>
public abstract class CarriedContentTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : DangBoFactory
{
    protected const string ProvinceName = "Cổng thông tin điện tử Đảng bộ tỉnh Sơn Hà";
    protected const string MinhSonName = "Trang thông tin điện tử Đảng bộ xã Minh Sơn";
    protected const string MinhSon = "/don-vi/xa-minh-son";
    protected static readonly ClaimsPrincipal Staff = new(new ClaimsIdentity());

    protected TFactory Factory { get; } = factory;

    protected static string Marker(string prefix) => prefix + Guid.NewGuid().ToString("N")[..8];

    protected Task<Category> CategoryAsync(string portalSlug, string categorySlug) =>
        Factory.WithDbAsync(db => db.Categories.AsNoTracking()
            .SingleAsync(c => c.Slug == categorySlug && db.Portals.Any(p => p.Id == c.PortalId && p.Slug == portalSlug)));

    protected Task<Category> NewCategoryAsync(string portalSlug, string slug, string? name = null) => Factory.WithDbAsync(async db =>
    {
        var portalId = await db.Portals.Where(p => p.Slug == portalSlug).Select(p => p.Id).SingleAsync();
        var category = new Category { PortalId = portalId, Name = name ?? "Chuyên mục " + slug[^6..], Slug = slug };
        db.Categories.Add(category);
        await db.SaveChangesAsync();
        return category;
    });

    protected async Task<T> WithServicesAsync<T>(Func<ArticleSharing, PortalSet, Task<T>> action)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var portals = await scope.ServiceProvider.GetRequiredService<PortalDirectory>().GetAsync();
        return await action(scope.ServiceProvider.GetRequiredService<ArticleSharing>(), portals);
    }

    protected Task<int> ProposeFromMinhSonAsync(int articleId) =>
        WithServicesAsync(async (sharing, portals) => (await sharing.ProposeAsync(portals.BySlug("xa-minh-son")!, articleId, null, Staff, default)).Id);

    protected Task AcceptOnProvinceAsync(int shareId) =>
        WithServicesAsync(async (sharing, portals) => { await sharing.AcceptAsync(portals.Root!, shareId, Staff, default); return 0; });

    protected Task EditAsync(int articleId, Action<Article> change) => Factory.WithDbAsync(async db =>
    {
        change(await db.Articles.SingleAsync(a => a.Id == articleId));
        await db.SaveChangesAsync();
    });
}
