using FluentValidation.Results;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace StageSeconde.Web.Infrastructure.Web;

/// <summary>
/// What a database validator found (the record that already has this SIRET, INE, code…), carried as the failure's
/// <c>CustomState</c> so that the form can link to it: the view reads <see cref="Value"/> from <c>ViewData[Key]</c>.
/// </summary>
public sealed record ExistingRecord(string Key, object Value)
{
    /// <summary>Copies the errors into ModelState (their property names already carry the form's prefix) and the records found into ViewData.</summary>
    public static bool AddTo(ValidationResult result, ModelStateDictionary modelState, ViewDataDictionary viewData)
    {
        foreach (var existing in result.Errors.Select(e => e.CustomState).OfType<ExistingRecord>()) viewData[existing.Key] = existing.Value;
        return result.AddTo(modelState);
    }
}
