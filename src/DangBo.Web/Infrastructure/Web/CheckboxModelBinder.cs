using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;

namespace DangBo.Web.Infrastructure.Web;

/// <summary>
/// Binds a bool as usual, but does not keep a posted value that is not one: the checkbox tag helper converts the value
/// it finds in the model state back to bool when the form is shown again and throws on anything but true or false, so a
/// hand-made post of <c>Input.IsActive=abc</c> answered 500 instead of the form with a message.
/// </summary>
public sealed class CheckboxModelBinder(IModelBinder inner) : IModelBinder
{
    public const string InvalidMessage = "Ô đánh dấu chỉ nhận giá trị có hoặc không.";

    public async Task BindModelAsync(ModelBindingContext bindingContext)
    {
        await inner.BindModelAsync(bindingContext);
        if (!bindingContext.Result.IsModelSet
            && bindingContext.ModelState.TryGetValue(bindingContext.ModelName, out var entry)
            && entry.Errors.Count > 0)
        {
            // Forms show no message beside a checkbox, only their summary of the form's own errors: the error moves there,
            // and the checkbox is drawn from the model's value.
            bindingContext.ModelState.Remove(bindingContext.ModelName);
            bindingContext.ModelState.AddModelError(string.Empty, InvalidMessage);
        }
    }
}

public sealed class CheckboxModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.ModelType == typeof(bool)
            ? new CheckboxModelBinder(new SimpleTypeModelBinder(typeof(bool), context.Services.GetRequiredService<ILoggerFactory>()))
            : null;
}
