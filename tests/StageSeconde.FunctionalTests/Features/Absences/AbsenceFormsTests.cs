using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using StageSeconde.FunctionalTests.Features.Validation;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;

namespace StageSeconde.FunctionalTests.Features.Absences;

/// <summary>The quick report form, and the CPE's forms on an absence's page: every bad input is a French message next to its field, nothing stored.</summary>
public sealed class AbsenceFormsTests(AbsencesApp app) : IClassFixture<AbsencesApp>
{
    private const string ReportPage = "/absences/signaler";

    private static Dictionary<string, string?> Report(int studentId, string day = "2027-06-15", AbsenceKind kind = AbsenceKind.Absence, string? time = null, string? comment = null, DayPart part = DayPart.WholeDay) => new()
    {
        ["Form.StudentId"] = studentId.ToString(), ["Form.Day"] = day, ["Form.Kind"] = kind.ToString(), ["Form.Part"] = part.ToString(),
        ["Form.Time"] = time, ["Form.Source"] = nameof(ReportSource.FamilyCall), ["Form.Reporter"] = "Mme Parent, mère", ["Form.Comment"] = comment,
    };

    private Task<int> AbsencesOfAsync(int schoolId) => app.WithDbAsync(db => db.Absences.IgnoreQueryFilters().CountAsync(a => a.SchoolId == schoolId));

    private Task<int> OutboxOfAsync(int schoolId, string topic) => app.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.SchoolId == schoolId && m.Topic == topic));

    [Fact]
    public async Task A_report_by_phone_is_recorded_with_its_alert_and_a_second_one_joins_it()
    {
        var world = await AbsenceWorld.CreateAsync(app);
        using var cpe = await app.SignInAsAsync(Roles.Cpe, world.SchoolId);

        // The quick form of the register.
        var register = await cpe.GetDocumentAsync("/absences");
        Assert.NotNull(register.QuerySelector($"#signalement-rapide form[action='{ReportPage}'] option[value='{world.World.Student.Id}']"));
        var first = await cpe.PostFormAsync("/absences", ReportPage, Report(world.World.Student.Id, part: DayPart.Morning, comment: "Fièvre, reste à la maison."));
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var absence = await app.WithDbAsync(db => db.Absences.IgnoreQueryFilters().Include(a => a.Reports).SingleAsync(a => a.SchoolId == world.SchoolId));
        Assert.Equal($"/absences/{absence.Id}", first.Headers.Location!.OriginalString);
        Assert.Equal((AbsencesApp.Today, DayPart.Morning, ReportSource.FamilyCall), (absence.Day, absence.Part, absence.Reports.Single().Source));
        Assert.Equal(1, await OutboxOfAsync(world.SchoolId, OutboxTopics.AbsenceAlert));   // the CPE's account
        var page = await cpe.GetDocumentAsync($"/absences/{absence.Id}");
        Assert.Contains("Absence enregistrée, alerte envoyée.", page.QuerySelector(".fr-alert--success")!.TextContent);
        Assert.Contains("Fièvre, reste à la maison.", page.QuerySelector("[data-report]")!.TextContent);

        var second = await cpe.PostFormAsync(ReportPage, ReportPage, Report(world.World.Student.Id));
        Assert.Equal($"/absences/{absence.Id}", second.Headers.Location!.OriginalString);
        Assert.Contains("déjà signalée", (await cpe.GetDocumentAsync($"/absences/{absence.Id}")).QuerySelector(".fr-alert--success")!.TextContent);
        Assert.Equal(1, await AbsencesOfAsync(world.SchoolId));
        Assert.Equal(1, await OutboxOfAsync(world.SchoolId, OutboxTopics.AbsenceAlert));
        Assert.Equal(2, (await AbsenceWorld.ReloadAsync(app, absence.Id)).Reports.Count);
    }

    public static TheoryData<string, string?, AbsenceKind, string?, string> BadReports => new()
    {
        { "2027-05-03", null, AbsenceKind.Absence, null, "Le jour doit être compris dans les dates de la convention" },
        { "2027-06-18", null, AbsenceKind.Absence, null, "Une absence se signale le jour même ou au plus tôt la veille" },
        { "2027-06-15", null, AbsenceKind.LateArrival, null, "Indiquez l'heure d'arrivée." },
        { "2027-06-15", null, AbsenceKind.Absence, new string('a', 10_000), "2000 caractères au maximum." },
        { "2027-06-15", null, AbsenceKind.Absence, "<script>alert(1)</script>", "Le texte ne peut pas contenir de balises" },
    };

    [Theory]
    [MemberData(nameof(BadReports))]
    public async Task A_bad_report_is_refused_next_to_its_field_and_nothing_is_stored(string day, string? time, AbsenceKind kind, string? comment, string message)
    {
        var world = await AbsenceWorld.CreateAsync(app);
        using var cpe = await app.SignInAsAsync(Roles.Cpe, world.SchoolId);

        var response = await cpe.PostFormAsync(ReportPage, ReportPage, Report(world.World.Student.Id, day, kind, time, comment));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(await AppClient.FieldErrorsAsync(response), e => e.StartsWith(message, StringComparison.Ordinal));
        Assert.Equal(0, await AbsencesOfAsync(world.SchoolId));
        Assert.Equal(0, await OutboxOfAsync(world.SchoolId, OutboxTopics.AbsenceAlert));
    }

    [Fact]
    public async Task A_teacher_cannot_report_for_a_student_they_do_not_follow()
    {
        var world = await AbsenceWorld.CreateAsync(app);
        using var teacher = await app.SignInAsAsync(Roles.Enseignant, world.SchoolId);

        var page = await teacher.GetDocumentAsync(ReportPage);
        Assert.Contains("Vous ne suivez aucun élève présent", page.Body!.TextContent);
        var token = await teacher.TokenFromAsync(ReportPage);
        var response = await teacher.PostWithTokenAsync(ReportPage, token, Report(world.World.Student.Id));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Choisissez un élève que vous suivez.", (await AppClient.ParseAsync(await response.Content.ReadAsStringAsync())).QuerySelector("#form-errors")!.TextContent);
        Assert.Equal(0, await AbsencesOfAsync(world.SchoolId));
    }

    private static Dictionary<string, string?> Family(int version, string on = "2027-06-15", string at = "09:50", string method = "Phone", string? person = "La mère", string? outcome = "Elle vient chercher sa fille.") => new()
    {
        ["Family.Version"] = version.ToString(), ["Family.On"] = on, ["Family.At"] = at, ["Family.Method"] = method, ["Family.PersonReached"] = person, ["Family.Outcome"] = outcome,
    };

    [Fact]
    public async Task The_cpe_records_that_the_family_was_informed_in_paris_time()
    {
        var world = await AbsenceWorld.CreateAsync(app);
        var absence = await world.AbsenceAsync(app);
        using var cpe = await app.SignInAsAsync(Roles.Cpe, world.SchoolId);
        var page = $"/absences/{absence.Id}";

        var response = await cpe.PostFormAsync(page, $"{page}/famille-prevenue", Family(absence.Version, at: "10:00"));

        Assert.Equal(page, response.Headers.Location!.OriginalString);
        var stored = await AbsenceWorld.ReloadAsync(app, absence.Id);
        Assert.Equal(AbsenceStatus.FamilyInformed, stored.Status);
        Assert.Equal(new DateTime(2027, 6, 15, 8, 0, 0), stored.FamilyInformedAt);   // 10:00 in Paris (UTC+2)
        Assert.Equal((ContactMethod.Phone, "La mère"), (stored.FamilyContactMethod, stored.FamilyPersonReached));
        Assert.Contains("Famille prévenue", (await cpe.GetDocumentAsync(page)).QuerySelector("#timeline")!.TextContent);
    }

    public static TheoryData<string, string, string, string?, string?, string> BadFamily => new()
    {
        { "2027-06-16", "10:00", "Phone", "La mère", null, "ne peut pas être dans le futur" },
        { "2027-06-15", "10:00", "Visit", "La mère", null, "Moyen inconnu." },
        { "2027-06-15", "10:00", "Phone", "", null, "Personne jointe : ce champ est obligatoire." },
        { "2027-06-15", "10:00", "Phone", "<b>La mère</b>", null, "Le texte ne peut pas contenir de balises" },
        { "2027-06-15", "", "Phone", "La mère", null, "Heure : ce champ est obligatoire." },
        { "2027-06-15", "10:00", "Phone", "La mère", "x", "" },
    };

    [Theory]
    [MemberData(nameof(BadFamily))]
    public async Task Bad_values_for_the_family_informed_are_refused_and_nothing_is_stored(string on, string at, string method, string? person, string? outcome, string message)
    {
        var world = await AbsenceWorld.CreateAsync(app);
        var absence = await world.AbsenceAsync(app);
        using var cpe = await app.SignInAsAsync(Roles.Cpe, world.SchoolId);
        var page = $"/absences/{absence.Id}";
        if (message.Length == 0) { outcome = new string('x', 10_000); message = "1000 caractères au maximum."; }

        var response = await cpe.PostFormAsync(page, $"{page}/famille-prevenue", Family(absence.Version, on, at, method, person, outcome));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(await AppClient.FieldErrorsAsync(response), e => e.Contains(message, StringComparison.Ordinal));
        Assert.Null((await AbsenceWorld.ReloadAsync(app, absence.Id)).FamilyInformedAt);
    }

    [Fact]
    public async Task The_guardians_e_mail_is_one_outbox_message_per_guardian_address_and_shows_in_the_timeline()
    {
        var world = await AbsenceWorld.CreateAsync(app);
        await app.AddAsync(new Guardian { SchoolId = world.SchoolId, StudentId = world.World.Student.Id, LastName = "Parent", FirstName = "Dominique", Relationship = GuardianRelationship.Father, Email = "pere@example.fr" });
        await app.AddAsync(new Guardian { SchoolId = world.SchoolId, StudentId = world.World.Student.Id, LastName = "Parent", FirstName = "Sans", Relationship = GuardianRelationship.Other, MobilePhone = "0611111111" });
        var absence = await world.AbsenceAsync(app);
        using var cpe = await app.SignInAsAsync(Roles.Cpe, world.SchoolId);
        var url = $"/absences/{absence.Id}";
        var page = await cpe.GetDocumentAsync(url);
        var body = page.QuerySelector("#Mail_Body")!.TextContent;
        Assert.Contains(world.World.Student.FirstName, body);
        Assert.DoesNotContain("{eleve}", body);

        var response = await cpe.PostFormAsync(url, $"{url}/courriel-responsables", new()
        {
            ["Mail.Subject"] = page.QuerySelector("#Mail_Subject")!.GetAttribute("value"), ["Mail.Body"] = body + "\nMessage relu par le CPE.",
        });

        Assert.Equal(url, response.Headers.Location!.OriginalString);
        var messages = await app.WithDbAsync(db => db.OutboxMessages.Where(m => m.RelatedId == absence.Id && m.Topic == OutboxTopics.AbsenceFamily).ToListAsync());
        Assert.Equal(["parent@example.fr", "pere@example.fr"], messages.Select(m => m.To).Order().ToList());
        Assert.All(messages, m => Assert.EndsWith("Message relu par le CPE.", m.Body));
        Assert.Contains("pere@example.fr", (await cpe.GetDocumentAsync(url)).QuerySelector("#timeline")!.TextContent);

        var empty = await cpe.PostFormAsync(url, $"{url}/courriel-responsables", new() { ["Mail.Subject"] = "Objet", ["Mail.Body"] = "<script>x</script>" });
        Assert.Contains(await AppClient.FieldErrorsAsync(empty), e => e.StartsWith("Le texte ne peut pas contenir de balises"));
        Assert.Equal(2, messages.Count);
        Assert.Equal(2, await app.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.RelatedId == absence.Id && m.Topic == OutboxTopics.AbsenceFamily)));
    }

    private static async Task<HttpResponseMessage> JustifyAsync(AppClient client, Absence absence, string? justified, string reason, byte[]? file, string fileName = "certificat.pdf")
    {
        var token = await client.TokenFromAsync($"/absences/{absence.Id}");
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        form.Add(new StringContent(absence.Version.ToString()), "Justification.Version");
        if (justified is not null) form.Add(new StringContent(justified), "Justification.Justified");
        form.Add(new StringContent(reason), "Justification.Reason");
        if (file is not null)
        {
            var content = new ByteArrayContent(file);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            form.Add(content, "document", fileName);
        }
        return await client.Http.PostAsync($"/absences/{absence.Id}/justification", form);
    }

    [Fact]
    public async Task A_justification_with_a_real_pdf_is_kept_and_downloaded_and_a_fake_file_is_refused()
    {
        var world = await AbsenceWorld.CreateAsync(app);
        var absence = await world.AbsenceAsync(app, AbsenceKind.Illness);
        var other = await world.AbsenceAsync(app, AbsenceKind.Illness, AbsencesApp.Today.AddDays(-1));
        using var cpe = await app.SignInAsAsync(Roles.Cpe, world.SchoolId);
        using var teacher = await app.SignInAsAsync(Roles.Secretariat, world.SchoolId);

        var fake = await JustifyAsync(cpe, other, "true", "Certificat médical.", "MZ\u0090\0 pas un PDF"u8.ToArray());
        Assert.Equal(HttpStatusCode.OK, fake.StatusCode);
        Assert.Contains(await AppClient.FieldErrorsAsync(fake), e => e.StartsWith("Ce fichier n'est ni un PDF"));
        Assert.Null((await AbsenceWorld.ReloadAsync(app, other.Id)).Justified);
        var noReason = await JustifyAsync(cpe, other, null, "", null);
        Assert.Contains("Motif : ce champ est obligatoire.", await AppClient.FieldErrorsAsync(noReason));
        Assert.Contains("Décision : indiquez si l'absence est justifiée ou non.", await AppClient.FieldErrorsAsync(noReason));

        var response = await JustifyAsync(cpe, absence, "true", "Certificat médical du médecin traitant.", Conventions.Pdf);

        Assert.Equal($"/absences/{absence.Id}", response.Headers.Location!.OriginalString);
        var stored = await AbsenceWorld.ReloadAsync(app, absence.Id);
        Assert.Equal((true, AbsenceStatus.Settled, "certificat.pdf", "application/pdf"), (stored.Justified!.Value, stored.Status, stored.DocumentFileName, stored.DocumentContentType));
        var download = await cpe.GetAsync($"/absences/{absence.Id}/justificatif");
        Assert.Equal(Conventions.Pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Contains("/acces-refuse", (await teacher.GetAsync($"/absences/{absence.Id}/justificatif")).Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_direction_sets_the_alert_delay_the_hours_and_the_family_template()
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var admin = await app.SignInAsAsync(Roles.Direction, world.School.Id);
        var page = await admin.GetDocumentAsync("/etablissement");
        var fields = page.QuerySelectorAll("form[method=post] [name]")
            .Where(e => e.GetAttribute("type") != "checkbox" && e.GetAttribute("name") != "__RequestVerificationToken")
            .ToDictionary(e => e.GetAttribute("name")!, e => (string?)(e.TagName switch
            {
                "TEXTAREA" => e.TextContent,
                "SELECT" => e.QuerySelector("option[selected]")?.GetAttribute("value"),
                _ => e.GetAttribute("value"),
            }));
        Assert.Contains("{eleve}", fields["Form.FamilyAbsenceTemplate"]);

        var bad = new Dictionary<string, string?>(fields) { ["Form.AlertDelayMinutes"] = "3", ["Form.OpensAt"] = "18:00", ["Form.ClosesAt"] = "08:00", ["Form.FamilyAbsenceTemplate"] = "<b>{eleve}</b>" };
        var refused = await admin.PostFormAsync("/etablissement", "/etablissement", bad);
        var errors = await AppClient.FieldErrorsAsync(refused);
        Assert.Contains("Le délai d'alerte est compris entre 5 et 480 minutes.", errors);
        Assert.Contains("L'heure de fermeture doit suivre l'heure d'ouverture.", errors);
        Assert.Contains(errors, e => e.StartsWith("Le texte ne peut pas contenir de balises"));

        var good = new Dictionary<string, string?>(fields) { ["Form.AlertDelayMinutes"] = "45", ["Form.OpensAt"] = "07:30", ["Form.ClosesAt"] = "17:30", ["Form.OpenOnSaturday"] = "true", ["Form.FamilyAbsenceTemplate"] = "Bonjour, {eleve} était absent le {date}." };
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/etablissement", "/etablissement", good)).StatusCode);
        var school = await app.WithDbAsync(db => db.Schools.AsNoTracking().SingleAsync(s => s.Id == world.School.Id));
        Assert.Equal((45, new TimeOnly(7, 30), new TimeOnly(17, 30), true, "Bonjour, {eleve} était absent le {date}."),
            (school.AlertDelayMinutes, school.OpensAt, school.ClosesAt, school.OpenOnSaturday, school.FamilyAbsenceTemplate));
    }
}
