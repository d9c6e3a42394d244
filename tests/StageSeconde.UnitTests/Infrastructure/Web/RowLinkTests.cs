using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Routing;
using Microsoft.AspNetCore.Routing;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.UnitTests.Infrastructure.Web;

public sealed class RowLinkTests
{
    /// <summary>A router answering <c>/eleves/{id}/situation?returnUrl=…</c> as link generation does (the return URL escaped).</summary>
    private sealed class FakeUrlHelper(Func<RouteValueDictionary, string?> generate) : IUrlHelper
    {
        public ActionContext ActionContext => new();
        public string? Action(UrlActionContext actionContext) => generate(new RouteValueDictionary(actionContext.Values));
        public string? Content(string? contentPath) => contentPath;
        public bool IsLocalUrl(string? url) => true;
        public string? Link(string? routeName, object? values) => null;
        public string? RouteUrl(UrlRouteContext routeContext) => null;
    }

    private static readonly FakeUrlHelper Router = new(values =>
        $"/eleves/{values["studentId"]}/situation" + (values.TryGetValue("returnUrl", out var back) ? "?returnUrl=" + Uri.EscapeDataString((string)back!) : ""));

    [Fact]
    public void Each_row_gets_the_link_the_router_gives_for_its_id()
    {
        var link = RowLink.For(Router, "Declare", "Declarations", new { studentId = RowLink.Placeholder, returnUrl = "/suivi?classe=2147483" });

        foreach (var id in new[] { 1, 31, 2_000_000 })
            Assert.Equal(Router.Action("Declare", "Declarations", new { studentId = id, returnUrl = "/suivi?classe=2147483" }), link.For(id));
    }

    [Fact]
    public void A_link_without_the_placeholder_once_is_refused()
    {
        var withoutId = new FakeUrlHelper(_ => "/suivi");
        var twice = new FakeUrlHelper(_ => $"/eleves/{RowLink.Placeholder}?retour=/eleves/{RowLink.Placeholder}");

        Assert.Throws<InvalidOperationException>(() => RowLink.For(withoutId, "Index", "Placement", new { classe = RowLink.Placeholder }));
        Assert.Throws<InvalidOperationException>(() => RowLink.For(twice, "Details", "Students", new { id = RowLink.Placeholder }));
    }
}
