using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;

namespace StageSeconde.FunctionalTests.Features.Agreements;

/// <summary>What the convention tests share: the form as a browser would send it, and a look at what was stored.</summary>
internal static class AgreementPages
{
    /// <summary>Monday to Friday 9 h–17 h with lunch 12 h–13 h 30 (6 h 30 a day): lawful.</summary>
    public static readonly (string Start, string End, string LunchStart, string LunchEnd) LawfulDay = ("09:00", "17:00", "12:00", "13:30");

    /// <summary>
    /// The fields a browser would send from the first POST form of <paramref name="page"/>: text and hidden inputs, checked
    /// boxes and radios (a box's hidden « false » comes after it and does not override it), selected options, text areas.
    /// </summary>
    public static Dictionary<string, string?> FieldsOf(IDocument page, string formSelector = "main form[method=post]")
    {
        var form = page.QuerySelectorAll(formSelector).OfType<IHtmlFormElement>().FirstOrDefault(f => f.QuerySelector("[name='__RequestVerificationToken']") is not null)
                   ?? throw new InvalidOperationException($"Pas de formulaire « {formSelector} » sur la page.");
        var fields = new Dictionary<string, string?>();
        foreach (var element in form.QuerySelectorAll("input, select, textarea"))
        {
            var name = element.GetAttribute("name");
            if (string.IsNullOrEmpty(name) || name == "__RequestVerificationToken" || fields.ContainsKey(name)) continue;
            switch (element)
            {
                case IHtmlInputElement { Type: "checkbox" or "radio" } box:
                    if (box.IsChecked) fields[name] = box.Value;
                    break;
                case IHtmlInputElement input:
                    fields[name] = input.Value;
                    break;
                case IHtmlSelectElement select:
                    fields[name] = select.SelectedOptions.FirstOrDefault()?.Value ?? "";
                    break;
                case IHtmlTextAreaElement area:
                    fields[name] = area.Value;
                    break;
            }
        }
        return fields;
    }

    /// <summary>The antiforgery token of the page's form.</summary>
    public static string TokenOf(IDocument page) =>
        page.QuerySelector("main form input[name=__RequestVerificationToken]")?.GetAttribute("value")
        ?? throw new InvalidOperationException("Pas de jeton antiforgery sur la page.");

    /// <summary>Fills the days <paramref name="days"/> (0 = Monday) with the given hours.</summary>
    public static void SetDays(Dictionary<string, string?> fields, IEnumerable<int> days, (string Start, string End, string LunchStart, string LunchEnd) hours)
    {
        foreach (var i in days)
        {
            fields[$"Form.Days[{i}].Start"] = hours.Start;
            fields[$"Form.Days[{i}].End"] = hours.End;
            fields[$"Form.Days[{i}].BreakStart"] = hours.LunchStart;
            fields[$"Form.Days[{i}].BreakEnd"] = hours.LunchEnd;
        }
    }

    /// <summary>The creation form of <paramref name="world"/>'s student, filled for its host and tutor with a lawful week.</summary>
    public static async Task<(string Token, Dictionary<string, string?> Fields)> FilledCreateFormAsync(AppClient client, SchoolWorld world)
    {
        var page = await client.GetDocumentAsync($"/conventions/nouvelle?eleve={world.Student.Id}");
        var fields = FieldsOf(page);
        fields["Form.HostId"] = world.Host.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        fields["Form.TutorId"] = world.Tutor.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        SetDays(fields, [0, 1, 2, 3, 4], LawfulDay);
        fields["Form.PlannedActivities"] = "Accueil des clients, fabrication du pain observée au fournil, entretien avec le gérant.";
        fields["Form.EvaluationModality"] = "Rapport d'étonnement, repris en classe pour une mise en commun collective.";
        return (TokenOf(page), fields);
    }

    public static string CreateUrl(SchoolWorld world) => $"/conventions/nouvelle?eleve={world.Student.Id}";

    /// <summary>The id of the convention a redirect leads to (/conventions/{id}).</summary>
    public static int AgreementIdOf(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/conventions/", location);
        return int.Parse(location["/conventions/".Length..], System.Globalization.CultureInfo.InvariantCulture);
    }

    public static Task<Agreement> StoredAsync(TestApp app, int id) =>
        app.WithDbAsync(db => db.Agreements.IgnoreQueryFilters().AsNoTracking()
            .Include(a => a.Transitions).Include(a => a.Signatures)
            .SingleAsync(a => a.Id == id));

    /// <summary>The small alerts (flash messages among them) of the page a redirect leads to, one text.</summary>
    public static async Task<string> FollowAsync(AppClient client, HttpResponseMessage redirect)
    {
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        var page = await client.GetDocumentAsync(redirect.Headers.Location!.OriginalString);
        return string.Join("\n", page.QuerySelectorAll(".fr-alert--sm").Select(a => a.TextContent.Trim()));
    }
}
