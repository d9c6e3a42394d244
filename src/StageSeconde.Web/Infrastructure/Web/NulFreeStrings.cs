using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;

namespace StageSeconde.Web.Infrastructure.Web;

/// <summary>
/// Every string bound from a request loses its NUL characters (U+0000). No form or search has a use for them, and
/// PostgreSQL refuses them in any text (SQLSTATE 22021): a search for « é\0 » was a server error there, and a blank on SQLite.
/// </summary>
public sealed class NulFreeStringBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.ModelType == typeof(string) && context.BindingInfo.BinderType is null && FromValues(context.BindingInfo.BindingSource)
            ? new NulFreeStringBinder(new SimpleTypeModelBinder(typeof(string), context.Services.GetRequiredService<ILoggerFactory>()))
            : null;

    /// <summary>The sources the default string binder reads (query string, form, route); headers and bodies have their own.</summary>
    private static bool FromValues(BindingSource? source) =>
        source is null || source == BindingSource.Query || source == BindingSource.Form || source == BindingSource.Path || source == BindingSource.ModelBinding;

    private sealed class NulFreeStringBinder(IModelBinder inner) : IModelBinder
    {
        public async Task BindModelAsync(ModelBindingContext bindingContext)
        {
            await inner.BindModelAsync(bindingContext);
            if (bindingContext.Result is { IsModelSet: true, Model: string text } && text.Contains('\0', StringComparison.Ordinal))
                bindingContext.Result = ModelBindingResult.Success(text.Replace("\0", "", StringComparison.Ordinal));
        }
    }
}
