namespace DangBo.Web.Infrastructure.Text;

/// <summary>The address segment of an item an editor names: typed by the editor, or made from the name.</summary>
public static class SlugChoice
{
    /// <summary>
    /// The slug to store, or null with a message in <paramref name="errors"/> under <paramref name="field"/>.
    /// A typed slug must already be in slug form; nothing is silently rewritten in what the editor chose.
    /// </summary>
    public static string? Resolve(string? typed, string? name, string field, IDictionary<string, string> errors)
    {
        var chosen = VietnameseText.Clean(typed);
        if (chosen.Length > 0)
        {
            if (SlugGenerator.IsValid(chosen))
            {
                return chosen;
            }
            var suggestion = SlugGenerator.From(chosen);
            errors[field] = "Đường dẫn chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang" +
                (suggestion.Length > 0 ? $", ví dụ: {suggestion}." : ".");
            return null;
        }
        var generated = SlugGenerator.From(name);
        if (generated.Length == 0 && !errors.ContainsKey(field))
        {
            errors[field] = "Không tạo được đường dẫn từ tên; vui lòng nhập đường dẫn.";
        }
        return generated.Length == 0 ? null : generated;
    }

    public static string TakenMessage(string slug) => $"Đường dẫn \"{slug}\" đã được dùng trong cổng thông tin này; vui lòng chọn đường dẫn khác.";
}
