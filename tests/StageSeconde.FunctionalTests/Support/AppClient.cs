using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace StageSeconde.Tests.Support;

/// <summary>An HTTP client with cookies that posts forms the way a browser does: with the page's antiforgery token.</summary>
public sealed class AppClient(HttpClient http) : IDisposable
{
    public HttpClient Http { get; } = http;

    public Task<HttpResponseMessage> GetAsync(string url) => Http.GetAsync(url);

    /// <summary>GETs a page, asserts 200 and parses it.</summary>
    public async Task<IDocument> GetDocumentAsync(string url)
    {
        using var response = await Http.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"GET {url} : {(int)response.StatusCode} au lieu de 200.");
        return await ParseAsync(html);
    }

    public static async Task<IDocument> ParseAsync(string html) =>
        await new HtmlParser().ParseDocumentAsync(html);

    /// <summary>
    /// Opens <paramref name="formPageUrl"/> as the user would, takes its antiforgery token, then posts
    /// <paramref name="fields"/> to <paramref name="actionUrl"/>.
    /// </summary>
    public async Task<HttpResponseMessage> PostFormAsync(string formPageUrl, string actionUrl, Dictionary<string, string?> fields)
    {
        var token = await TokenFromAsync(formPageUrl);
        return await PostWithTokenAsync(actionUrl, token, fields);
    }

    public async Task<string> TokenFromAsync(string pageUrl)
    {
        var page = await GetDocumentAsync(pageUrl);
        return page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
               ?? throw new InvalidOperationException($"Pas de jeton antiforgery sur {pageUrl}.");
    }

    public Task<HttpResponseMessage> PostWithTokenAsync(string actionUrl, string token, IEnumerable<KeyValuePair<string, string?>> fields)
    {
        var all = fields.Where(f => f.Value is not null).Select(f => new KeyValuePair<string, string>(f.Key, f.Value!)).ToList();
        all.Add(new("__RequestVerificationToken", token));
        return Http.PostAsync(actionUrl, new FormUrlEncodedContent(all));
    }

    /// <summary>The French error messages shown next to the fields of a re-displayed form.</summary>
    public static async Task<IReadOnlyList<string>> FieldErrorsAsync(HttpResponseMessage response)
    {
        var page = await ParseAsync(await response.Content.ReadAsStringAsync());
        return page.QuerySelectorAll(".fr-message--error").Select(e => e.TextContent.Trim()).ToList();
    }

    public void Dispose() => Http.Dispose();
}
