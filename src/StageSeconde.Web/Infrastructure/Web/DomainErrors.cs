using Microsoft.AspNetCore.Mvc.ModelBinding;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Infrastructure.Web;

public static class DomainErrors
{
    /// <summary>
    /// Shows a broken rule on the form: next to its field when the rule names one (<see cref="DomainException.Field"/>,
    /// under the form's <paramref name="prefix"/>), at the top of the form otherwise.
    /// </summary>
    public static void AddDomainError(this ModelStateDictionary modelState, DomainException error, string prefix = FormModel.Prefix)
    {
        var key = error.Field is null ? "" : string.IsNullOrEmpty(prefix) ? error.Field : $"{prefix}.{error.Field}";
        modelState.AddModelError(key, error.Message);
    }
}
