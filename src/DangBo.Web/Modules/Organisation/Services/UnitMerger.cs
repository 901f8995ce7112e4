using DangBo.Web.Infrastructure;
using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Modules.Content.Models;
using DangBo.Web.Modules.Documents.Models;
using DangBo.Web.Modules.Organisation.Models;
using DangBo.Web.Modules.Portals.Models;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Organisation.Services;

/// <summary>What a merge did, for the administrator's confirmation message.</summary>
public sealed record MergeOutcome(int UnitsMerged, int ArticlesMoved, int AccountsMoved, IReadOnlyList<string> RenamedSlugs);

/// <summary>
/// Merges units into a surviving unit, in one transaction (nothing partial on failure). Afterwards the survivor owns
/// the merged units' content, members and staff; the merged units are closed from the merge day, remember their
/// survivor (so their old addresses lead there, see <see cref="UnitAddresses"/>) and keep their history and leaders.
/// <list type="bullet">
/// <item>Sub-units of a merged unit move under the survivor.</item>
/// <item>Accounts of a merged unit belong to the survivor; staff roles held in it are held in the survivor (duplicates dropped).</item>
/// <item>Documents it owns are owned by the survivor; documents it issued still name it as their issuer (history); documents
/// addressed to its members are addressed to the survivor's.</item>
/// <item>Its portal: when the survivor has none, the portal becomes the survivor's. Otherwise its articles, static pages,
/// media, documents and royalty records move to the survivor's portal keeping their slugs; a category or topic whose slug
/// the survivor's portal already has is replaced by the survivor's one (its articles join it), other categories and topics
/// move as they are; an article or page whose slug is taken gets the merged unit's slug appended. Its menu, home-page
/// blocks and settings go with the portal, which is deleted.</item>
/// </list>
/// </summary>
public sealed class UnitMerger(DangBoDbContext db, UnitHistory history, UnitAdministration administration)
{
    public async Task<MergeOutcome> MergeAsync(int survivorId, IReadOnlyCollection<int> mergedIds, string? effectiveOn, UnitActor actor, CancellationToken ct = default)
    {
        var survivor = await db.Units.FirstOrDefaultAsync(u => u.Id == survivorId, ct) ?? throw new DomainException("Không tìm thấy đơn vị tiếp nhận.");
        administration.EnsureOperating(survivor);
        var ids = mergedIds.Distinct().ToList();
        var merged = await db.Units.Where(u => ids.Contains(u.Id)).ToListAsync(ct);
        var errors = new Dictionary<string, string>();
        if (ids.Count == 0)
        {
            errors["MergedIds"] = "Vui lòng chọn ít nhất một đơn vị để hợp nhất.";
        }
        else if (ids.Contains(survivor.Id))
        {
            errors["MergedIds"] = "Không thể hợp nhất một đơn vị vào chính nó.";
        }
        else if (merged.Count != ids.Count)
        {
            errors["MergedIds"] = "Có đơn vị được chọn không tồn tại.";
        }
        else if (merged.FirstOrDefault(m => !m.IsActiveOn(history.Today)) is { } ended)
        {
            errors["MergedIds"] = $"{ended.Name} đã giải thể hoặc hợp nhất trước đó.";
        }
        else if (merged.FirstOrDefault(m => survivor.Path.Contains($"/{m.Id}/", StringComparison.Ordinal)) is { } ancestor)
        {
            errors["MergedIds"] = $"Không thể hợp nhất {ancestor.Name} vào đơn vị cấp dưới của nó.";
        }
        else if (merged.FirstOrDefault(m => merged.Any(o => o.Id != m.Id && m.Path.StartsWith(o.Path, StringComparison.Ordinal))) is { } nested)
        {
            errors["MergedIds"] = $"{nested.Name} trực thuộc một đơn vị khác cũng được chọn; chỉ chọn đơn vị cấp trên.";
        }
        var day = await administration.EffectiveDateAsync(survivor, effectiveOn, "EffectiveOn", errors, ct);
        foreach (var unit in merged)
        {
            if (!errors.ContainsKey("EffectiveOn"))
            {
                day = await administration.EffectiveDateAsync(unit, effectiveOn, "EffectiveOn", errors, ct);
            }
        }
        InputValidationException.ThrowIfAny(errors);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var survivorVersion = await history.CurrentVersionAsync(survivor, actor, ct);
        var survivorPortal = await db.Portals.FirstOrDefaultAsync(p => p.UnitId == survivor.Id, ct);
        var articlesMoved = 0;
        var accountsMoved = 0;
        var renamed = new List<string>();
        foreach (var unit in merged)
        {
            var current = await history.CurrentVersionAsync(unit, actor, ct);
            await MoveChildrenAsync(unit, survivor, day, actor, ct);
            accountsMoved += await MoveMembersAndStaffAsync(unit, survivor, ct);
            await MoveDocumentsAsync(unit, survivor, ct);
            var portal = await db.Portals.FirstOrDefaultAsync(p => p.UnitId == unit.Id, ct);
            if (portal is not null)
            {
                if (survivorPortal is null)
                {
                    await AdoptPortalAsync(portal, unit, survivor, ct);
                    survivorPortal = portal;
                }
                else
                {
                    articlesMoved += await MovePortalContentAsync(portal, survivorPortal, unit.Slug, renamed, ct);
                }
            }
            history.End(current, unit, day, actor, survivor.Id, $"Hợp nhất vào {survivor.Name}.");
        }
        history.Begin(survivorVersion, survivor, UnitChange.Absorbed, day, actor, "Tiếp nhận " + string.Join(", ", merged.Select(m => m.Name)) + ".");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new MergeOutcome(merged.Count, articlesMoved, accountsMoved, renamed);
    }

    private async Task MoveChildrenAsync(OrganisationUnit unit, OrganisationUnit survivor, DateOnly day, UnitActor actor, CancellationToken ct)
    {
        var children = await db.Units.Where(u => u.ParentId == unit.Id).ToListAsync(ct);
        foreach (var child in children)
        {
            var operating = child.IsActiveOn(history.Today);
            var current = operating ? await history.CurrentVersionAsync(child, actor, ct) : null;
            await administration.PlaceUnderAsync(child, survivor, ct);
            if (current is not null)
            {
                history.Begin(current, child, UnitChange.Moved, day, actor, $"Do {unit.Name} hợp nhất vào {survivor.Name}.");
            }
        }
        // Paths of the moved subtrees are read by later steps (the next merged unit's children).
        await db.SaveChangesAsync(ct);
    }

    private async Task<int> MoveMembersAndStaffAsync(OrganisationUnit unit, OrganisationUnit survivor, CancellationToken ct)
    {
        var accounts = await db.Users.Where(u => u.UnitId == unit.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.UnitId, survivor.Id), ct);
        var held = (await db.UnitRoles.AsNoTracking().Where(r => r.UnitId == survivor.Id).Select(r => new { r.UserId, r.Role }).ToListAsync(ct))
            .Select(r => (r.UserId, r.Role)).ToHashSet();
        foreach (var role in await db.UnitRoles.Where(r => r.UnitId == unit.Id).ToListAsync(ct))
        {
            if (held.Add((role.UserId, role.Role)))
            {
                role.UnitId = survivor.Id;
            }
            else
            {
                db.UnitRoles.Remove(role);
            }
        }
        // Signed-in people get their new unit and roles when the security stamp validator renews their cookie (minutes).
        await db.SaveChangesAsync(ct);
        return accounts;
    }

    private async Task MoveDocumentsAsync(OrganisationUnit unit, OrganisationUnit survivor, CancellationToken ct)
    {
        foreach (var document in await db.Documents.Where(d => d.OwnerUnitId == unit.Id).ToListAsync(ct))
        {
            document.OwnerUnitId = survivor.Id;
        }
        var audience = await db.Set<DocumentAudienceUnit>().Where(a => a.UnitId == unit.Id).ToListAsync(ct);
        var alreadyAddressed = (await db.Set<DocumentAudienceUnit>().AsNoTracking().Where(a => a.UnitId == survivor.Id).Select(a => a.DocumentId).ToListAsync(ct)).ToHashSet();
        foreach (var row in audience)
        {
            db.Remove(row);
            if (alreadyAddressed.Add(row.DocumentId))
            {
                db.Add(new DocumentAudienceUnit { DocumentId = row.DocumentId, UnitId = survivor.Id });
            }
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The survivor had no portal: the merged unit's portal becomes its, under the survivor's slug when it used the unit's.</summary>
    private async Task AdoptPortalAsync(Portal portal, OrganisationUnit unit, OrganisationUnit survivor, CancellationToken ct)
    {
        portal.UnitId = survivor.Id;
        if (!portal.IsRoot && portal.Slug == unit.Slug && !await db.Portals.AnyAsync(p => p.Slug == survivor.Slug, ct))
        {
            portal.Slug = survivor.Slug;
        }
        await db.SaveChangesAsync(ct);
    }

    private async Task<int> MovePortalContentAsync(Portal from, Portal to, string suffix, List<string> renamed, CancellationToken ct)
    {
        // Categories and topics: the survivor's same-slug one replaces the merged portal's; the others move as they are.
        var targetCategories = await db.Categories.Where(c => c.PortalId == to.Id).ToDictionaryAsync(c => c.Slug, ct);
        var categories = await db.Categories.Where(c => c.PortalId == from.Id).ToListAsync(ct);
        var categoryMap = new Dictionary<int, int>();
        foreach (var category in categories)
        {
            if (targetCategories.TryGetValue(category.Slug, out var same))
            {
                categoryMap[category.Id] = same.Id;
            }
            else
            {
                category.PortalId = to.Id;
            }
        }
        var leftoverCategories = categories.Where(c => categoryMap.ContainsKey(c.Id)).ToList();
        foreach (var category in categories.Except(leftoverCategories))
        {
            if (category.ParentId is { } parentId && categoryMap.TryGetValue(parentId, out var newParent))
            {
                category.ParentId = newParent;
            }
        }
        var targetTopics = await db.Topics.Where(t => t.PortalId == to.Id).ToDictionaryAsync(t => t.Slug, ct);
        var topics = await db.Topics.Where(t => t.PortalId == from.Id).ToListAsync(ct);
        var topicMap = new Dictionary<int, Topic>();
        foreach (var topic in topics)
        {
            if (targetTopics.TryGetValue(topic.Slug, out var same))
            {
                topicMap[topic.Id] = same;
            }
            else
            {
                topic.PortalId = to.Id;
            }
        }

        var oldCategorySlugs = categories.ToDictionary(c => c.Id, c => c.Slug);
        var articles = await db.Articles.Include(a => a.Topics).Where(a => a.PortalId == from.Id).ToListAsync(ct);
        var articleSlugs = articles.Select(a => a.Slug).ToList();
        var takenArticleSlugs = (await db.Articles.Where(a => a.PortalId == to.Id && articleSlugs.Contains(a.Slug)).Select(a => a.Slug).ToListAsync(ct)).ToHashSet();
        foreach (var article in articles)
        {
            var oldCategorySlug = oldCategorySlugs.GetValueOrDefault(article.CategoryId);
            article.PortalId = to.Id;
            if (categoryMap.TryGetValue(article.CategoryId, out var category))
            {
                article.CategoryId = category;
            }
            foreach (var topic in article.Topics.Where(t => topicMap.ContainsKey(t.Id)).ToList())
            {
                article.Topics.Remove(topic);
                var replacement = topicMap[topic.Id];
                if (!article.Topics.Contains(replacement))
                {
                    article.Topics.Add(replacement);
                }
            }
            if (takenArticleSlugs.Contains(article.Slug))
            {
                var slug = FreeSlug(article.Slug, suffix, takenArticleSlugs);
                renamed.Add($"{article.Slug} → {slug}");
                // The old address would otherwise lead to the survivor's article of the same slug.
                // (A category that met a same-slug one keeps its slug, so only the article's part of the path changes.)
                if (oldCategorySlug is not null && !from.IsRoot)
                {
                    db.PortalRedirects.Add(new PortalRedirect
                    {
                        FromSlug = from.Slug, FromPath = Content.ContentUrls.Article(oldCategorySlug, article.Slug),
                        ToPath = Content.ContentUrls.Article(oldCategorySlug, slug), CreatedAt = DateTime.UtcNow,
                    });
                }
                article.Slug = slug;
            }
            takenArticleSlugs.Add(article.Slug);
        }

        var pages = await db.StaticPages.Where(p => p.PortalId == from.Id).ToListAsync(ct);
        var takenPageSlugs = (await db.StaticPages.Where(p => p.PortalId == to.Id).Select(p => p.Slug).ToListAsync(ct)).ToHashSet();
        foreach (var page in pages)
        {
            page.PortalId = to.Id;
            if (takenPageSlugs.Contains(page.Slug))
            {
                var slug = FreeSlug(page.Slug, suffix, takenPageSlugs);
                renamed.Add($"{page.Slug} → {slug}");
                page.Slug = slug;
            }
            takenPageSlugs.Add(page.Slug);
        }
        foreach (var document in await db.Documents.Where(d => d.PortalId == from.Id).ToListAsync(ct))
        {
            document.PortalId = to.Id;
        }
        await db.SaveChangesAsync(ct);

        await db.MediaFiles.Where(m => m.PortalId == from.Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.PortalId, to.Id), ct);
        await db.RoyaltyEntries.Where(r => r.PortalId == from.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.PortalId, to.Id), ct);

        // What stays with the merged portal is removed with it; self-references first, so no restricting key stands in the way.
        foreach (var category in leftoverCategories)
        {
            category.ParentId = null;
        }
        await db.SaveChangesAsync(ct);
        db.Categories.RemoveRange(leftoverCategories);
        db.Topics.RemoveRange(topicMap.Keys.Select(id => topics.First(t => t.Id == id)));
        await db.MenuItems.Where(m => m.PortalId == from.Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.ParentId, (int?)null), ct);
        await db.MenuItems.Where(m => m.PortalId == from.Id).ExecuteDeleteAsync(ct);
        await db.HomeBlocks.Where(b => b.PortalId == from.Id).ExecuteDeleteAsync(ct);
        await db.SaveChangesAsync(ct);
        // Shares: what the merged portal carried for others, the survivor now carries (once); a share between the two
        // (a proposal up from the merged portal, a push down to it) has become the survivor's own article and ends.
        var carried = await db.ArticleShares.Include(sh => sh.Article).Where(sh => sh.PortalId == from.Id || sh.PortalId == to.Id).ToListAsync(ct);
        var kept = carried.Where(sh => sh.PortalId == to.Id).Select(sh => sh.ArticleId).ToHashSet();
        foreach (var share in carried)
        {
            if (share.Article!.PortalId == to.Id)
            {
                db.ArticleShares.Remove(share);
            }
            else if (share.PortalId == from.Id)
            {
                if (kept.Add(share.ArticleId))
                {
                    share.PortalId = to.Id;
                }
                else
                {
                    db.ArticleShares.Remove(share);
                }
            }
        }
        await db.SaveChangesAsync(ct);
        db.Portals.Remove(from);
        await db.SaveChangesAsync(ct);
        return articles.Count;
    }

    private static string FreeSlug(string slug, string suffix, HashSet<string> taken)
    {
        var candidate = $"{slug}-{suffix}";
        for (var n = 2; taken.Contains(candidate); n++)
        {
            candidate = $"{slug}-{suffix}-{n}";
        }
        return candidate.Length <= 200 ? candidate : candidate[^200..].TrimStart('-');
    }
}
