using DangBo.Web.Infrastructure;
using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Modules.Content.Models;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Editorial.Services;

public sealed record WorkflowSettingsInput(int ReviewSteps, int OverdueHours);

/// <summary>A portal's workflow configuration.</summary>
public sealed class EditorialSettings(DangBoDbContext db)
{
    public const int MaxOverdueHours = 24 * 30;

    public async Task SaveAsync(int portalId, WorkflowSettingsInput input, CancellationToken ct = default)
    {
        var errors = new Dictionary<string, string>();
        if (!EditorialWorkflow.IsValidReviewSteps(input.ReviewSteps))
        {
            errors[nameof(input.ReviewSteps)] = $"Số bước duyệt phải từ {EditorialWorkflow.MinReviewSteps} đến {EditorialWorkflow.MaxReviewSteps}.";
        }
        if (input.OverdueHours is < 1 or > MaxOverdueHours)
        {
            errors[nameof(input.OverdueHours)] = $"Số giờ phải từ 1 đến {MaxOverdueHours}.";
        }
        InputValidationException.ThrowIfAny(errors);
        var portal = await db.Portals.SingleAsync(p => p.Id == portalId, ct);
        portal.ReviewSteps = input.ReviewSteps;
        portal.OverdueHours = input.OverdueHours;
        await db.SaveChangesAsync(ct);
    }
}
