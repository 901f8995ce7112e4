using System.Security.Claims;
using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Infrastructure.Web;
using DangBo.Web.Modules.Accounts.Services;
using DangBo.Web.Modules.Editorial.Models;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Editorial.Services;

/// <summary>
/// Records every back-office action (each form post under /quan-tri, whatever its outcome) after it has run.
/// Views are not actions and are not recorded. The log is append-only: nothing in the application updates or deletes it.
/// </summary>
public sealed class AuditPageFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        var http = context.HttpContext;
        if (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)
            || !http.Request.Path.StartsWithSegments("/" + WebSetup.BackOfficePrefix, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }
        var status = executed.Exception is not null && !executed.ExceptionHandled ? 500
            : executed.Result switch
            {
                Microsoft.AspNetCore.Mvc.ForbidResult => 403,
                Microsoft.AspNetCore.Mvc.NotFoundResult => 404,
                Microsoft.AspNetCore.Mvc.Infrastructure.IStatusCodeActionResult { StatusCode: { } code } => code,
                _ => 200,
            };
        var handler = context.HandlerMethod?.Name;
        var path = http.Request.Path.Value ?? "";
        var entry = new AuditEntry
        {
            At = http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime,
            UserId = http.User.FindFirstValue(ClaimTypes.NameIdentifier),
            UserName = http.User.Identity?.IsAuthenticated == true ? $"{http.User.DisplayName()} ({http.User.Identity.Name})" : "(chưa đăng nhập)",
            Action = Cut($"{http.Request.Method} {path}{(handler is null ? "" : " " + handler)}", 400),
            Path = Cut(path, 400),
            StatusCode = status,
            IpAddress = http.Connection.RemoteIpAddress?.ToString(),
        };
        // Its own context, so the entry is written whatever the action left in the request's unit of work.
        var factory = http.RequestServices.GetRequiredService<IServiceScopeFactory>();
        await using var scope = factory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DangBoDbContext>();
        db.Add(entry);
        await db.SaveChangesAsync(CancellationToken.None);
    }

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..max];
}

public sealed record AuditQuery(string? User, string? Text, DateOnly? From, DateOnly? To, int Page);

/// <summary>Reading the audit log, newest first, filtered.</summary>
public sealed class AuditLog(DangBoDbContext db)
{
    public const int PageSize = 50;

    public async Task<(IReadOnlyList<AuditEntry> Entries, int Total)> FindAsync(AuditQuery query, CancellationToken ct = default)
    {
        var entries = db.Set<AuditEntry>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.User))
        {
            var user = query.User.Trim().ToLowerInvariant();
            entries = entries.Where(e => e.UserName.ToLower().Contains(user));
        }
        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            var text = query.Text.Trim().ToLowerInvariant();
            entries = entries.Where(e => e.Action.ToLower().Contains(text) || (e.IpAddress ?? "").Contains(text));
        }
        if (query.From is { } from)
        {
            var start = Infrastructure.Text.VietnamTime.ToUtc(from.ToDateTime(TimeOnly.MinValue));
            entries = entries.Where(e => e.At >= start);
        }
        // Up to the last day there is, nothing is left out: there is no day after it to stop before.
        if (query.To is { } to && to < DateOnly.MaxValue)
        {
            var end = Infrastructure.Text.VietnamTime.ToUtc(to.AddDays(1).ToDateTime(TimeOnly.MinValue));
            entries = entries.Where(e => e.At < end);
        }
        var total = await entries.CountAsync(ct);
        var list = await entries.OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Skip((Math.Max(1, query.Page) - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        return (list, total);
    }
}
