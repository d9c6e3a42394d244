using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Features.Retention;

namespace StageSeconde.FunctionalTests.Features.PersonalData;

/// <summary>
/// The retention purge (issue 13) with a fake clock: the dry run lists exactly what is due, the real run anonymises exactly
/// that and nothing else, keeps the aggregate figures, and a second run finds nothing. Each test builds its own schools
/// and moves the shared clock forward only (FakeTimeProvider), so every test starts from a « now » of its own.
/// </summary>
public sealed class RetentionPurgeTests(PersonalDataApp app) : IClassFixture<PersonalDataApp>
{
    private sealed record Setup(SchoolWorld World, Student Recent, Guardian RecentGuardian, Absence OldAbsence, long SentMessage, long PendingMessage, long OldAuditLine);

    /// <summary>
    /// A school whose pupil, guardian, tutor and convention (June 2027) and absence date from 2026-27, with a sent and a pending
    /// e-mail and an audit line of that time; then, a school year later (15 September 2028), a recent pupil and a placement snapshot.
    /// </summary>
    private async Task<Setup> SetUpAsync()
    {
        var start = app.Clock.GetUtcNow();
        var world = await SchoolWorld.CreateAsync(app, withAgreement: true);
        var agreement = world.Agreement!;
        var absence = await app.AddAsync(Absence.Open(world.School.Id, world.Student.Id, agreement.Id,
            new AbsenceFacts(agreement.FirstDay, AbsenceKind.Illness, DayPart.WholeDay, null, "Fièvre, appel de la mère"),
            new AbsenceReport(ReportSource.TutorCall, "Hélène Tutrice", "Il n'est pas venu", DayPart.WholeDay, null, start), start.AddHours(2)));
        var sent = new OutboxMessage(world.School.Id, "famille@test.fr", "Absence", "Votre enfant est absent.", OutboxTopics.AbsenceFamily, absence.Id, start);
        sent.RecordSent(start.AddMinutes(1));
        await app.AddAsync(sent);
        var pending = await app.AddAsync(new OutboxMessage(world.School.Id, "autre@test.fr", "En attente", "Pas encore parti.", OutboxTopics.AbsenceFamily, absence.Id, start));
        var oldLine = await app.AddAsync(new AuditEntry(world.School.Id, "direction@test.fr", AuditKind.ViewedStudent, "Fiche", world.Student.Id, "10.0.0.1", start));

        app.Clock.SetUtcNow(NextSeptember(start));
        var recent = await app.AddAsync(TestData.Student(world.School.Id, world.Class.Id, "Récent"));
        var recentGuardian = await app.AddAsync(TestData.Guardian(world.School.Id, recent.Id));
        await app.AddAsync(PlacementSnapshot.Take(world.School.Id, new DateOnly(2027, 6, 30), new PlacementTotals(2, 1, 1, 1, 1, 0)));
        return new Setup(world, recent, recentGuardian, absence, sent.Id, pending.Id, oldLine.Id);
    }

    /// <summary>15 September of the school year after the one <paramref name="now"/> is in + 1 (so the old school year ended more than 12 months ago).</summary>
    private static DateTimeOffset NextSeptember(DateTimeOffset now)
    {
        var target = new DateTimeOffset(SchoolYear.StartYearOn(DateOnly.FromDateTime(now.UtcDateTime)) + 2, 9, 15, 8, 0, 0, TimeSpan.Zero);
        return target > now ? target : now.AddDays(1);
    }

    [Fact]
    public async Task The_dry_run_lists_what_is_due_and_changes_nothing()
    {
        var setup = await SetUpAsync();
        var schoolId = setup.World.School.Id;

        var plan = await app.Purge.PlanAsync(schoolId, default);

        Assert.Equal([setup.World.Student.Id], plan.Pupils.Select(p => p.Id));
        Assert.Empty(plan.Tutors);   // 36 months
        Assert.Equal([setup.OldAbsence.Id], plan.Absences.Select(a => a.Id));
        Assert.Equal(1, plan.OutboxBodies);
        Assert.Equal(2, plan.AuditLines);   // the old view, and the convention's creation (its state change) at the same time
        var student = await app.WithDbAsync(db => db.Students.IgnoreQueryFilters().AsNoTracking().SingleAsync(s => s.Id == setup.World.Student.Id));
        Assert.Null(student.AnonymisedAt);
        Assert.Equal(setup.World.Student.LastName, student.LastName);
    }

    [Fact]
    public async Task The_run_anonymises_exactly_what_is_due_keeps_the_figures_and_a_second_run_finds_nothing()
    {
        var setup = await SetUpAsync();
        var other = await SchoolWorld.CreateAsync(app, "Autre lycée");   // created now: nothing due there
        var schoolId = setup.World.School.Id;
        var snapshots = await app.WithDbAsync(db => db.PlacementSnapshots.IgnoreQueryFilters().CountAsync(s => s.SchoolId == schoolId));

        var run = await app.Purge.RunOnceAsync(null, default);

        // Other tests' schools may have been due too (one application for the class): the records say what happened here.
        Assert.True(run.LeaseTaken);
        Assert.True(run.Pupils >= 1 && run.Absences >= 1 && run.OutboxBodies >= 1);
        await app.WithDbAsync(async db =>
        {
            var old = await db.Students.IgnoreQueryFilters().AsNoTracking().Include(s => s.Guardians).SingleAsync(s => s.Id == setup.World.Student.Id);
            Assert.NotNull(old.AnonymisedAt);
            Assert.Equal("Anonyme", old.LastName);
            Assert.Null(old.Ine);
            Assert.Equal(1, old.BirthDate.Day);
            Assert.All(old.Guardians, g => { Assert.Equal("Anonyme", g.LastName); Assert.Null(g.Email); Assert.Null(g.MobilePhone); });
            Assert.Equal(setup.World.Class.Id, old.SchoolClassId);

            var recent = await db.Students.IgnoreQueryFilters().AsNoTracking().Include(s => s.Guardians).SingleAsync(s => s.Id == setup.Recent.Id);
            Assert.Null(recent.AnonymisedAt);
            Assert.Equal("Récent", recent.LastName);
            Assert.Equal(setup.RecentGuardian.Email, recent.Guardians.Single().Email);
            var otherStudent = await db.Students.IgnoreQueryFilters().AsNoTracking().SingleAsync(s => s.Id == other.Student.Id);
            Assert.Null(otherStudent.AnonymisedAt);

            var tutor = await db.Tutors.IgnoreQueryFilters().AsNoTracking().SingleAsync(t => t.Id == setup.World.Tutor.Id);
            Assert.Null(tutor.AnonymisedAt);
            Assert.Equal(setup.World.Tutor.LastName, tutor.LastName);

            var absence = await db.Absences.IgnoreQueryFilters().AsNoTracking().Include(a => a.Reports).SingleAsync(a => a.Id == setup.OldAbsence.Id);
            Assert.Null(absence.Details);
            Assert.Equal(AbsenceKind.Illness, absence.Kind);
            Assert.All(absence.Reports, r => { Assert.Equal("(effacé)", r.Reporter); Assert.Null(r.Comment); });

            Assert.Equal("", (await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == setup.SentMessage)).Body);
            Assert.Equal("Pas encore parti.", (await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == setup.PendingMessage)).Body);
            Assert.False(await db.AuditEntries.AnyAsync(e => e.Id == setup.OldAuditLine));
            Assert.True(await db.AuditEntries.AnyAsync(e => e.SchoolId == schoolId && e.Kind == AuditKind.DataPurged));

            Assert.Equal(snapshots, await db.PlacementSnapshots.IgnoreQueryFilters().CountAsync(s => s.SchoolId == schoolId));
            Assert.True(snapshots > 0);
            Assert.True(await db.Agreements.IgnoreQueryFilters().AnyAsync(a => a.Id == setup.World.Agreement!.Id));
        });

        var again = await app.Purge.RunOnceAsync(null, default);
        Assert.Equal(0, again.Pupils + again.Tutors + again.Absences + again.Signatures + again.OutboxBodies);
        Assert.True((await app.Purge.PlanAsync(schoolId, default)).IsEmpty);
    }

    [Fact]
    public async Task The_direction_sees_the_dry_run_and_purges_its_school_after_confirmation()
    {
        var setup = await SetUpAsync();
        var other = await SchoolWorld.CreateAsync(app, "Lycée voisin");
        using var direction = await app.SignInAsAsync(Roles.Direction, setup.World.School.Id);

        var page = await direction.GetDocumentAsync("/donnees/conservation");
        Assert.Equal("1", page.QuerySelector("#due-pupils")!.TextContent.Trim());
        var examples = page.QuerySelector("#examples-pupils")!.TextContent;
        Assert.Contains(setup.World.Student.LastName, examples, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Récent", examples, StringComparison.OrdinalIgnoreCase);
        Assert.NotNull(page.QuerySelector("form[data-confirm] #purge-now"));

        var token = await direction.TokenFromAsync("/donnees/conservation");
        using var response = await direction.PostWithTokenAsync("/donnees/conservation/purger", token, []);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var after = await direction.GetDocumentAsync("/donnees/conservation");
        Assert.NotNull(after.QuerySelector("#retention-nothing"));
        await app.WithDbAsync(async db =>
        {
            Assert.NotNull((await db.Students.IgnoreQueryFilters().SingleAsync(s => s.Id == setup.World.Student.Id)).AnonymisedAt);
            Assert.Null((await db.Students.IgnoreQueryFilters().SingleAsync(s => s.Id == other.Student.Id)).AnonymisedAt);
        });
    }

    [Theory]
    [InlineData(Roles.Cpe)]
    [InlineData(Roles.Secretariat)]
    [InlineData(Roles.Enseignant)]
    public async Task Other_roles_are_refused_the_retention_page(string role)
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var client = await app.SignInAsAsync(role, world.School.Id);
        using var response = await client.GetAsync("/donnees/conservation");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/acces-refuse", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task A_pupils_report_file_and_comment_go_with_the_pupil_in_the_dry_run_and_the_run()
    {
        var setup = await SetUpAsync();
        var world = setup.World;
        var store = app.Services.GetRequiredService<StageSeconde.Web.Infrastructure.Storage.IFileStore>();
        var stored = await store.SaveAsync(new MemoryStream(Validation.Conventions.Pdf), ".pdf", default);
        var report = new PupilReport(world.School.Id, world.Student.Id, world.Year.Id);
        report.Record(world.Agreement!.LastDay.AddDays(3), "Très beau rapport.", world.Agreement.FirstDay, world.Agreement.LastDay.AddDays(3), "direction@test.fr", app.Clock.GetUtcNow());
        report.AttachFile("rapport.pdf", stored, "application/pdf", Validation.Conventions.Pdf.Length);
        report = await app.AddAsync(report);
        // The recent pupil's report (not due) keeps everything.
        var recentStored = await store.SaveAsync(new MemoryStream(Validation.Conventions.Pdf), ".pdf", default);
        var recentReport = new PupilReport(world.School.Id, setup.Recent.Id, world.Year.Id);
        recentReport.Record(world.Agreement.LastDay, "Récent.", world.Agreement.FirstDay, world.Agreement.LastDay, "direction@test.fr", app.Clock.GetUtcNow());
        recentReport.AttachFile("recent.pdf", recentStored, "application/pdf", Validation.Conventions.Pdf.Length);
        recentReport = await app.AddAsync(recentReport);

        var plan = await app.Purge.PlanAsync(world.School.Id, default);
        Assert.Equal([new ReportFile(report.Id, world.Student.Id, stored)], plan.Reports);
        using var direction = await app.SignInAsAsync(Roles.Direction, world.School.Id);
        Assert.Equal("1", (await direction.GetDocumentAsync("/donnees/conservation")).QuerySelector("#due-reports")!.TextContent.Trim());
        using (var before = store.OpenRead(stored)) Assert.NotNull(before);

        var run = await app.Purge.RunOnceAsync(world.School.Id, default);

        Assert.Equal(1, run.Reports);
        var after = await app.WithDbAsync(db => db.PupilReports.IgnoreQueryFilters().AsNoTracking().SingleAsync(r => r.Id == report.Id));
        Assert.Equal((null, null, null, world.Agreement.LastDay.AddDays(3)), (after.StoredFileName, after.OriginalFileName, after.Comment, after.HandedInOn));
        Assert.Null(store.OpenRead(stored));
        var kept = await app.WithDbAsync(db => db.PupilReports.IgnoreQueryFilters().AsNoTracking().SingleAsync(r => r.Id == recentReport.Id));
        Assert.Equal((recentStored, "Récent."), (kept.StoredFileName, kept.Comment));
        using (var stillThere = store.OpenRead(recentStored)) Assert.NotNull(stillThere);
        Assert.Empty((await app.Purge.PlanAsync(world.School.Id, default)).Reports);
    }
}

/// <summary>The longer periods, on an application of their own: its clock starts before the convention (May 2027).</summary>
public sealed class RetentionPeriodsTests(PersonalDataApp app) : IClassFixture<PersonalDataApp>
{
    [Fact]
    public async Task Tutors_and_signature_evidence_go_after_their_own_longer_periods()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var agreement = await AgreementFactory.CreateAsync(app, world, AgreementState.Validated);
        var signatureId = await app.WithDbAsync(async db =>
        {
            var tracked = await db.Agreements.IgnoreQueryFilters().Include(a => a.Signatures).SingleAsync(a => a.Id == agreement.Id);
            var signature = tracked.RecordSignature(SignatureParty.HostRepresentative, DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime), SignatureMode.Electronic,
                new Actor("hote@test.fr"), app.Clock.GetUtcNow(), evidence: new ElectronicEvidence("Hélène Tutrice", "hote@test.fr", "192.0.2.4", "Firefox", new string('a', 64)));
            await db.SaveChangesAsync();
            return signature.Id;
        });
        var endOfYear = RetentionPlan.EndOfSchoolYear(agreement.LastDay);

        // 13 months after: the pupil goes, the tutor and the evidence stay.
        app.Clock.SetUtcNow(Later(endOfYear.AddMonths(13)));
        var first = await app.Purge.RunOnceAsync(world.School.Id, default);
        Assert.Equal((1, 0, 0), (first.Pupils, first.Tutors, first.Signatures));

        // 37 months after: the tutor goes; the evidence (60 months) stays.
        app.Clock.SetUtcNow(Later(endOfYear.AddMonths(37)));
        Assert.Equal([world.Tutor.Id], (await app.Purge.PlanAsync(world.School.Id, default)).Tutors.Select(t => t.Id));
        Assert.Empty((await app.Purge.PlanAsync(world.School.Id, default)).SignatureIds);
        await app.Purge.RunOnceAsync(world.School.Id, default);
        var tutor = await app.WithDbAsync(db => db.Tutors.IgnoreQueryFilters().AsNoTracking().SingleAsync(t => t.Id == world.Tutor.Id));
        Assert.Equal("Anonyme", tutor.LastName);
        Assert.Null(tutor.Email);

        // 61 months after: the evidence goes, the signature (party, date, mode, document hash) stays.
        app.Clock.SetUtcNow(Later(endOfYear.AddMonths(61)));
        var last = await app.Purge.RunOnceAsync(world.School.Id, default);
        Assert.Equal(1, last.Signatures);
        var signature = await app.WithDbAsync(db => db.AgreementSignatures.IgnoreQueryFilters().AsNoTracking().SingleAsync(s => s.Id == signatureId));
        Assert.Null(signature.SignerName);
        Assert.Null(signature.IpAddress);
        Assert.Equal(SignatureMode.Electronic, signature.Mode);
        Assert.Equal(new string('a', 64), signature.DocumentSha256);
    }

    private DateTimeOffset Later(DateOnly day)
    {
        var target = new DateTimeOffset(day.ToDateTime(new TimeOnly(8, 0)), TimeSpan.Zero);
        return target > app.Clock.GetUtcNow() ? target : app.Clock.GetUtcNow().AddDays(1);
    }

}

/// <summary>The stored files of a convention (issue 13), on an application of their own: its clock starts before the convention (May 2027).</summary>
public sealed class RetentionConventionFilesTests(PersonalDataApp app) : IClassFixture<PersonalDataApp>
{
    [Fact]
    public async Task A_conventions_files_requests_and_links_go_after_the_signature_period_and_a_second_run_does_nothing()
    {
        var world = await SchoolWorld.CreateAsync(app, withAgreement: true);
        var agreement = world.Agreement!;
        var now = app.Clock.GetUtcNow();
        var (sealedRow, _) = await StageSeconde.FunctionalTests.Features.SignedAgreements.SealedConventions.SealAsync(app, world);
        var scan = await StageSeconde.FunctionalTests.Features.Validation.Conventions.ScanAsync(app, world.School.Id, agreement.Id,
            StageSeconde.FunctionalTests.Features.Validation.Conventions.Pdf, "convention Dupont.pdf");
        var store = app.Services.GetRequiredService<StageSeconde.Web.Infrastructure.Storage.IFileStore>();
        var versionFile = await store.SaveAsync(new MemoryStream(StageSeconde.FunctionalTests.Features.Validation.Conventions.Pdf), ".pdf", default);
        var (versionId, requestId, linkId) = await app.WithDbAsync(async db =>
        {
            var version = new AgreementVersion(world.School.Id, agreement.Id, 1, new string('b', 64), versionFile, 10, now);
            db.AgreementVersions.Add(version);
            await db.SaveChangesAsync();
            var request = new SignatureRequest(world.School.Id, agreement.Id, version.Id, SignatureParty.HostRepresentative, null, "Hélène Tutrice", "hote@test.fr", now);
            db.SignatureRequests.Add(request);
            var link = new AgreementLink(world.School.Id, agreement.Id, LinkPurpose.Signature, AgreementLink.Hash(AgreementLink.NewToken()), "jeton-chiffre", now, "test", now.AddDays(15), "hote");
            db.AgreementLinks.Add(link);
            await db.SaveChangesAsync();
            return (version.Id, request.Id, link.Id);
        });
        bool Stored(string name) { using var s = store.OpenRead(name); return s is not null; }
        var endOfYear = RetentionPlan.EndOfSchoolYear(agreement.LastDay);

        // 37 months after: still inside the signature period (60 months): everything stays.
        app.Clock.SetUtcNow(Later(endOfYear.AddMonths(37)));
        var inside = await app.Purge.RunOnceAsync(world.School.Id, default);
        Assert.Equal((0, 0, 0), (inside.ConventionFiles, inside.SignatureRequests, inside.Links));
        Assert.True(Stored(sealedRow.StoredFileName) && Stored(scan.StoredFileName) && Stored(versionFile));

        // 61 months after: the files go, the scan's row goes, the request and the link are anonymised.
        app.Clock.SetUtcNow(Later(endOfYear.AddMonths(61)));
        var plan = await app.Purge.PlanAsync(world.School.Id, default);
        Assert.Equal(3, plan.Conventions.StoredFiles.Count);
        using (var direction = await app.SignInAsAsync(Roles.Direction, world.School.Id))
        {
            var page = await direction.GetDocumentAsync("/donnees/conservation");
            Assert.Equal("3", page.QuerySelector("#due-convention-files")!.TextContent.Trim());
        }
        var run = await app.Purge.RunOnceAsync(world.School.Id, default);
        Assert.Equal((3, 1, 1), (run.ConventionFiles, run.SignatureRequests, run.Links));
        Assert.False(Stored(sealedRow.StoredFileName));
        Assert.False(Stored(scan.StoredFileName));
        Assert.False(Stored(versionFile));
        await app.WithDbAsync(async db =>
        {
            Assert.False(await db.AgreementScans.IgnoreQueryFilters().AnyAsync(s => s.Id == scan.Id));
            var kept = await db.SealedAgreements.IgnoreQueryFilters().AsNoTracking().SingleAsync(s => s.Id == sealedRow.Id);
            Assert.Equal(sealedRow.Sha256, kept.Sha256);
            Assert.True(await db.AgreementVersions.IgnoreQueryFilters().AnyAsync(v => v.Id == versionId));
            var request = await db.SignatureRequests.IgnoreQueryFilters().AsNoTracking().SingleAsync(r => r.Id == requestId);
            Assert.Equal(("", ""), (request.SignerName, request.Email));
            Assert.Equal(SignatureParty.HostRepresentative, request.Party);
            var link = await db.AgreementLinks.IgnoreQueryFilters().AsNoTracking().SingleAsync(l => l.Id == linkId);
            Assert.True(link.IsRevoked);
            Assert.Null(link.ProtectedToken);
        });

        var again = await app.Purge.RunOnceAsync(world.School.Id, default);
        Assert.Equal(0, again.Total);
        Assert.True((await app.Purge.PlanAsync(world.School.Id, default)).IsEmpty);
    }

    private DateTimeOffset Later(DateOnly day)
    {
        var target = new DateTimeOffset(day.ToDateTime(new TimeOnly(8, 0)), TimeSpan.Zero);
        return target > app.Clock.GetUtcNow() ? target : app.Clock.GetUtcNow().AddDays(1);
    }
}
