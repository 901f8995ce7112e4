namespace DangBo.Web.Infrastructure;

/// <summary>Input a form must show again: field name → Vietnamese message ("" for the form as a whole).</summary>
public sealed class InputValidationException(IReadOnlyDictionary<string, string> errors) : Exception(string.Join(" ", errors.Values))
{
    public IReadOnlyDictionary<string, string> Errors { get; } = errors;

    public InputValidationException(string field, string message) : this(new Dictionary<string, string> { [field] = message })
    {
    }

    public static void ThrowIfAny(IReadOnlyDictionary<string, string> errors)
    {
        if (errors.Count > 0)
        {
            throw new InputValidationException(errors);
        }
    }
}

public static class InputValidationExtensions
{
    /// <summary>Puts each message next to its field, e.g. "Input.Name".</summary>
    public static void AddErrors(this Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary modelState, string prefix, InputValidationException e)
    {
        foreach (var (field, message) in e.Errors)
        {
            modelState.AddModelError(field.Length == 0 ? "" : prefix + field, message);
        }
    }
}
