using FluentValidation.Results;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace StageSeconde.Web.Infrastructure.Web;

public static class ValidationExtensions
{
    /// <summary>Copies FluentValidation's errors into ModelState, next to their fields (prefix = the form's name in the view, if any).</summary>
    public static bool AddTo(this ValidationResult result, ModelStateDictionary modelState, string prefix = "")
    {
        foreach (var error in result.Errors)
        {
            var key = string.IsNullOrEmpty(prefix) ? error.PropertyName : $"{prefix}.{error.PropertyName}";
            modelState.AddModelError(key, error.ErrorMessage);
        }
        // Binding errors (a letter in a number field, an unknown option) count too.
        return result.IsValid && modelState.IsValid;
    }

    public static void AddTo(this IdentityResult result, ModelStateDictionary modelState, string key)
    {
        foreach (var error in result.Errors) modelState.AddModelError(key, error.Description);
    }
}
