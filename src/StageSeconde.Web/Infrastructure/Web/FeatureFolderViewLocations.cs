using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Razor;

namespace StageSeconde.Web.Infrastructure.Web;

/// <summary>
/// Feature folders: a controller's views are those of its feature, the folder named by its namespace
/// (<c>StageSeconde.Web.Features.Agreements</c> → <c>Features/Agreements/Views</c>), whatever the controller is called.
/// A feature may thus have one small controller per use case sharing one Views folder.
/// </summary>
public sealed class FeatureFolderViewLocations : IViewLocationExpander
{
    private const string Key = "feature";
    private const string FeaturesNamespace = "StageSeconde.Web.Features.";

    public static void AddTo(RazorViewEngineOptions options)
    {
        options.ViewLocationFormats.Clear();
        options.ViewLocationFormats.Add("/Features/{1}/Views/{0}" + RazorViewEngine.ViewExtension);
        options.ViewLocationFormats.Add("/Features/Shared/Views/{0}" + RazorViewEngine.ViewExtension);
        options.ViewLocationExpanders.Add(new FeatureFolderViewLocations());
    }

    public void PopulateValues(ViewLocationExpanderContext context)
    {
        if (FeatureOf(context.ActionContext.ActionDescriptor as ControllerActionDescriptor) is { } feature)
            context.Values[Key] = feature;
    }

    public IEnumerable<string> ExpandViewLocations(ViewLocationExpanderContext context, IEnumerable<string> viewLocations) =>
        context.Values.TryGetValue(Key, out var feature) && feature is not null
            ? viewLocations.Select(location => location.Replace("{1}", feature, StringComparison.Ordinal))
            : viewLocations;

    /// <summary>The feature folder of a controller: the namespace segment after <c>Features.</c>.</summary>
    public static string? FeatureOf(ControllerActionDescriptor? action)
    {
        var ns = action?.ControllerTypeInfo.Namespace;
        if (ns is null || !ns.StartsWith(FeaturesNamespace, StringComparison.Ordinal)) return null;
        var rest = ns[FeaturesNamespace.Length..];
        var dot = rest.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? rest : rest[..dot];
    }
}
