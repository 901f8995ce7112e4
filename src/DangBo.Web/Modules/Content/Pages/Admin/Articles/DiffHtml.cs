using System.Text;
using System.Text.Encodings.Web;
using DangBo.Web.Infrastructure.Text;
using Microsoft.AspNetCore.Html;

namespace DangBo.Web.Modules.Content.Pages.Admin.Articles;

/// <summary>One side of a comparison as HTML: &lt;del&gt; and &lt;ins&gt; around the changes, nothing else added (the text keeps its own line breaks).</summary>
public static class DiffHtml
{
    public static IHtmlContent Render(IReadOnlyList<DiffPiece> pieces)
    {
        var html = new StringBuilder();
        foreach (var piece in pieces)
        {
            var text = HtmlEncoder.Default.Encode(piece.Text);
            html.Append(piece.Kind switch
            {
                DiffKind.Deleted => $"<del>{text}</del>",
                DiffKind.Inserted => $"<ins>{text}</ins>",
                _ => text,
            });
        }
        return new HtmlString(html.ToString());
    }
}
