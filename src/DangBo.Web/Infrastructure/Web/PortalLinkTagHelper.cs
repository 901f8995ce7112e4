using System.Text.Encodings.Web;
using DangBo.Web.Modules.Portals.Services;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace DangBo.Web.Infrastructure.Web;

/// <summary>
/// Inside a sub-portal served under /don-vi/&lt;slug&gt;/, a link the page spells from the site root ("/tin-tuc/...",
/// as ContentUrls gives it) means "this portal's page": it gets the portal's prefix. Links already under a portal
/// prefix, absolute links and shared static files are left alone. On the root portal and on a sub-portal served by
/// its own host name there is no prefix and nothing changes.
/// </summary>
[HtmlTargetElement("a", Attributes = "href")]
[HtmlTargetElement("form", Attributes = "action")]
[HtmlTargetElement("link", Attributes = "href", TagStructure = TagStructure.WithoutEndTag)]
[HtmlTargetElement("script", Attributes = "src")]
[HtmlTargetElement("img", Attributes = "src", TagStructure = TagStructure.WithoutEndTag)]
public sealed class PortalLinkTagHelper(HtmlEncoder encoder) : TagHelper
{
    // After the framework's own helpers (asp-page, ~/ resolution) have written the final address.
    public override int Order => 1000;

    [HtmlAttributeNotBound]
    [ViewContext]
    public ViewContext ViewContext { get; set; } = default!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var pathBase = ViewContext.HttpContext.Request.PathBase;
        if (!pathBase.HasValue)
        {
            return;
        }
        var name = output.TagName switch { "form" => "action", "script" or "img" => "src", _ => "href" };
        if (!output.Attributes.TryGetAttribute(name, out var attribute))
        {
            return;
        }
        switch (attribute.Value)
        {
            case string url when PortalRouting.NeedsPrefix(url, pathBase):
                output.Attributes.SetAttribute(name, pathBase.Value + url);
                break;
            case string url when PortalRouting.SharedAsset(url, pathBase) is { } shared:
                // asp-append-version spells assets under the request's PathBase: one address serves every portal.
                output.Attributes.SetAttribute(name, shared);
                break;
            case IHtmlContent html:
                using (var writer = new StringWriter())
                {
                    html.WriteTo(writer, encoder);
                    var encoded = writer.ToString();
                    if (PortalRouting.NeedsPrefix(encoded, pathBase))
                    {
                        output.Attributes.SetAttribute(new TagHelperAttribute(name, new HtmlString(encoder.Encode(pathBase.Value!) + encoded), attribute.ValueStyle));
                    }
                    else if (PortalRouting.SharedAsset(encoded, pathBase) is { } shared)
                    {
                        output.Attributes.SetAttribute(new TagHelperAttribute(name, new HtmlString(shared), attribute.ValueStyle));
                    }
                }
                break;
        }
    }
}
