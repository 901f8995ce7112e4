using DangBo.Web.Infrastructure;
using DangBo.Web.Modules.Portals.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using System.Security.Claims;

namespace DangBo.Web.Modules.Portals.Pages.Admin.Settings;

/// <summary>The portal's own details: name, tagline, logo, banner, own host name and the footer's responsible unit and contacts.</summary>
public sealed class IndexModel(PortalAdministration administration, CurrentPortal currentPortal) : PageModel
{
    public sealed class SettingsForm
    {
        public string? Name { get; set; }
        public string? Tagline { get; set; }
        public string? HostName { get; set; }
        public string? ResponsibleUnit { get; set; }
        public string? ResponsiblePerson { get; set; }
        public string? Address { get; set; }
        public string? Phone { get; set; }
        public string? Email { get; set; }
        public string? LicenceNote { get; set; }
        public IFormFile? Logo { get; set; }
        public IFormFile? Banner { get; set; }
    }

    [BindProperty] public SettingsForm Input { get; set; } = new();
    public PortalInfo Portal { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Portal = await currentPortal.GetAsync(ct);
        Input = new SettingsForm
        {
            Name = Portal.Name, Tagline = Portal.Tagline, HostName = Portal.HostName, ResponsibleUnit = Portal.ResponsibleUnit,
            ResponsiblePerson = Portal.ResponsiblePerson, Address = Portal.Address, Phone = Portal.Phone, Email = Portal.Email, LicenceNote = Portal.LicenceNote,
        };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Portal = await currentPortal.GetAsync(ct);
        try
        {
            await administration.UpdateAsync(Portal, new PortalSettingsInput(Input.Name, Input.Tagline, Input.HostName, Input.ResponsibleUnit,
                Input.ResponsiblePerson, Input.Address, Input.Phone, Input.Email, Input.LicenceNote, Input.Logo, Input.Banner),
                User.FindFirstValue(ClaimTypes.NameIdentifier), ct);
            TempData["Flash"] = "Đã lưu thông tin cổng.";
            return RedirectToPage();
        }
        catch (InputValidationException e)
        {
            ModelState.AddErrors("Input.", e);
            return Page();
        }
    }
}
