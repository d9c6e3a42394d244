using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Dom;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;

namespace StageSeconde.FunctionalTests.Features.Imports;

/// <summary>Uploads files the way the browser does (multipart, with the page's antiforgery token), previews and confirms.</summary>
internal static class ImportClient
{
    public static async Task<HttpResponseMessage> UploadAsync(this AppClient client, ImportKind kind, string fileName, byte[] content)
    {
        var token = await client.TokenFromAsync("/imports/nouveau");
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        form.Add(new StringContent(kind.ToString()), "Form.Kind");
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "Form.File", fileName);
        return await client.Http.PostAsync("/imports/nouveau", form);
    }

    /// <summary>Uploads a file that must be accepted; returns the preview's address.</summary>
    public static async Task<string> UploadAcceptedAsync(this AppClient client, ImportKind kind, string fileName, byte[] content)
    {
        using var response = await client.UploadAsync(kind, fileName, content);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            var errors = await AppClient.FieldErrorsAsync(response);
            throw new InvalidOperationException($"Dépôt refusé ({(int)response.StatusCode}) : {string.Join(" ", errors)}");
        }
        return response.Headers.Location!.OriginalString;
    }

    /// <summary>The counts of the preview's summary, by outcome name (Create, Update, Unchanged, Reject, Leave, Ignore).</summary>
    public static Dictionary<string, int> Counts(IDocument preview) =>
        preview.QuerySelectorAll("[data-count]").ToDictionary(e => e.GetAttribute("data-count")!, e => int.Parse(e.TextContent, System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Posts the preview's confirmation form as it stands (its hidden fields and antiforgery token).</summary>
    public static async Task<HttpResponseMessage> ConfirmAsync(this AppClient client, IDocument preview)
    {
        var form = preview.QuerySelector("form#confirmer") ?? throw new InvalidOperationException("Pas de formulaire de confirmation sur l'aperçu.");
        var fields = form.QuerySelectorAll("input[type=hidden]")
            .Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? ""))
            .ToList();
        return await client.Http.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(fields));
    }

    /// <summary>Uploads, opens the preview (with extra query string if any), confirms; returns the preview page.</summary>
    public static async Task<IDocument> ImportAsync(this AppClient client, ImportKind kind, string fileName, byte[] content, string query = "")
    {
        var previewUrl = await client.UploadAcceptedAsync(kind, fileName, content);
        var preview = await client.GetDocumentAsync(previewUrl + query);
        using var confirmed = await client.ConfirmAsync(preview);
        if (confirmed.StatusCode != HttpStatusCode.Redirect || confirmed.Headers.Location?.OriginalString != "/imports")
            throw new InvalidOperationException($"Confirmation refusée ({(int)confirmed.StatusCode}) vers {confirmed.Headers.Location}.");
        return preview;
    }

    /// <summary>The page's flash messages and field errors.</summary>
    public static async Task<string> MessagesAsync(HttpResponseMessage response)
    {
        var page = await AppClient.ParseAsync(await response.Content.ReadAsStringAsync());
        return string.Join(" ", page.QuerySelectorAll(".fr-alert p, .fr-message--error").Select(e => e.TextContent.Trim()));
    }
}
