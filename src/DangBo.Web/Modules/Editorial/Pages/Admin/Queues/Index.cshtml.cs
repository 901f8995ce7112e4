using DangBo.Web.Modules.Editorial.Services;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DangBo.Web.Modules.Editorial.Pages.Admin.Queues;

public sealed class IndexModel(EditorialQueues queues) : PageModel
{
    public EditorialQueueSet Queues { get; private set; } = new([], [], []);

    public async Task OnGetAsync(CancellationToken ct) => Queues = await queues.ForAsync(User, ct);
}
