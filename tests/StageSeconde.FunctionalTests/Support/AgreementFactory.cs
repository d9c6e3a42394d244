using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure;

namespace StageSeconde.Tests.Support;

/// <summary>
/// Puts a convention in the database in the state a test needs, driving it through the domain's own methods
/// (so its history and signatures are those the application would have recorded).
/// </summary>
public static class AgreementFactory
{
    public static readonly Actor Secretary = new("secretariat@test.fr");
    public static readonly Actor Head = new("proviseur@test.fr");

    /// <summary>A lawful Monday–Friday timetable: 9 h–12 h and 13 h 30–17 h (6 h 30 a day, 32 h 30 a week).</summary>
    public static IReadOnlyList<DaySchedule> LawfulWeek() =>
    [
        .. new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }
            .Select(d => new DaySchedule(d, new TimeOnly(9, 0), new TimeOnly(17, 0), new DayBreak(new TimeOnly(12, 0), new TimeOnly(13, 30)))),
        DaySchedule.Off(DayOfWeek.Saturday),
    ];

    public static AgreementTerms Terms(PeriodOption period = PeriodOption.BothWeeks, IReadOnlyList<DaySchedule>? schedule = null, int? referentTeacherId = null) => new()
    {
        Period = period,
        Schedule = schedule ?? LawfulWeek(),
        PlannedActivities = "Découverte des métiers de la structure : accueil du public, observation des équipes, entretien avec le tuteur.",
        EvaluationModality = "Rapport d'étonnement, repris en classe pour une mise en commun collective.",
        ReferentTeacherId = referentTeacherId,
    };

    /// <summary>Creates a convention of <paramref name="student"/> at <paramref name="host"/> (its first tutor) and brings it to <paramref name="state"/>.</summary>
    public static async Task<Agreement> CreateAsync(TestApp app, int schoolId, int studentId, int hostId, AgreementState state = AgreementState.Draft, AgreementTerms? terms = null)
    {
        var id = await app.WithDbAsync(async db =>
        {
            var year = await db.SchoolYears.IgnoreQueryFilters().SingleAsync(y => y.SchoolId == schoolId && y.IsCurrent);
            var student = await db.Students.IgnoreQueryFilters().Include(s => s.Guardians).SingleAsync(s => s.Id == studentId);
            var host = await db.HostOrganisations.IgnoreQueryFilters().SingleAsync(h => h.Id == hostId);
            var tutor = await db.Tutors.IgnoreQueryFilters().FirstAsync(t => t.HostOrganisationId == hostId);
            terms ??= Terms();
            var referent = await ReferentForAsync(db, schoolId, state, terms.ReferentTeacherId);
            var withoutReferent = terms.ReferentTeacherId is null;
            terms = terms with { ReferentTeacherId = referent?.Id };
            var agreement = Agreement.Draft(year, student, host, tutor, terms, Secretary, DateTimeOffset.UtcNow);
            db.Add(agreement);
            await db.SaveChangesAsync();

            if (state != AgreementState.Draft)
            {
                var others = await db.Set<Agreement>().IgnoreQueryFilters().Where(a => a.StudentId == studentId)
                    .Select(a => new AgreementSlot(a.Id, a.HostOrganisationId, a.Period, a.FirstDay, a.LastDay, a.State)).ToListAsync();
                var facts = new AgreementFacts(year, student, others, referent);
                Drive(agreement, state, facts, student);
                // Asked without a referent: the stand-in who made validation possible is removed, as the direction may do afterwards.
                if (withoutReferent && referent is not null) agreement.AssignReferentTeacher(null);
                await db.SaveChangesAsync();
            }
            return agreement.Id;
        });
        return await app.WithDbAsync(db => db.Set<Agreement>().IgnoreQueryFilters().AsNoTracking().SingleAsync(a => a.Id == id));
    }

    /// <summary>
    /// The convention's referent: the one the terms name; for a convention brought to validation without one, the school's
    /// « Référent Fabrique » (created once, with a phone, archived so that no referent proposal offers them), since a
    /// convention is validated only with a referent reachable by phone. The caller then removes them from the convention.
    /// </summary>
    private static async Task<StaffMember?> ReferentForAsync(AppDbContext db, int schoolId, AgreementState state, int? referentId)
    {
        if (referentId is { } id)
        {
            var named = await db.Staff.IgnoreQueryFilters().SingleAsync(s => s.Id == id);
            if (NeedsValidation(state) && named.Phone is null)
                throw new InvalidOperationException($"Le référent {named.FullName} n'a pas de téléphone : la convention ne peut pas être validée.");
            return named;
        }
        if (!NeedsValidation(state)) return null;
        var email = $"referent.fabrique.{schoolId}@test.fr";
        var referent = await db.Staff.IgnoreQueryFilters().SingleOrDefaultAsync(s => s.SchoolId == schoolId && s.Email == email);
        if (referent is not null) return referent;
        referent = new StaffMember("Fabrique", "Référent", "Professeur référent", email, "0611111111") { SchoolId = schoolId };
        referent.Archive();
        db.Staff.Add(referent);
        await db.SaveChangesAsync();
        return referent;
    }

    private static bool NeedsValidation(AgreementState state) =>
        state is AgreementState.Validated or AgreementState.InSignature or AgreementState.Signed;

    /// <summary>Creates a convention for the world's student at the world's host.</summary>
    public static Task<Agreement> CreateAsync(TestApp app, SchoolWorld world, AgreementState state = AgreementState.Draft, AgreementTerms? terms = null) =>
        CreateAsync(app, world.School.Id, world.Student.Id, world.Host.Id, state, terms);

    private static void Drive(Agreement agreement, AgreementState state, AgreementFacts facts, Student student)
    {
        var now = DateTimeOffset.UtcNow;
        switch (state)
        {
            case AgreementState.Submitted:
                agreement.Submit(facts, Secretary, now);
                break;
            case AgreementState.Refused:
                agreement.Submit(facts, Secretary, now);
                agreement.Refuse("Horaires à revoir avec la structure.", Head, now);
                break;
            case AgreementState.Validated:
                agreement.Submit(facts, Secretary, now);
                agreement.Validate(facts, Head, now);
                break;
            case AgreementState.InSignature:
                agreement.Submit(facts, Secretary, now);
                agreement.Validate(facts, Head, now);
                agreement.StartSignature(Secretary, now);
                break;
            case AgreementState.Signed:
                agreement.Submit(facts, Secretary, now);
                agreement.Validate(facts, Head, now);
                // The day in Paris, as the convention's creation date is (between 23:00 and midnight UTC, UTC's day is the day before).
                var today = DateOnly.FromDateTime(now.UtcDateTime.ToParis());
                agreement.RecordSignature(SignatureParty.SchoolHead, today, SignatureMode.Paper, Secretary, now);
                agreement.RecordSignature(SignatureParty.HostRepresentative, today, SignatureMode.Paper, Secretary, now);
                agreement.RecordSignature(SignatureParty.Student, today, SignatureMode.Paper, Secretary, now);
                agreement.RecordSignature(SignatureParty.Guardian, today, SignatureMode.Paper, Secretary, now, student.Guardians.FirstOrDefault()?.Id);
                break;
            case AgreementState.Cancelled:
                agreement.Cancel("Élève parti en cours d'année.", Secretary, now);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(state), state, "État non pris en charge par la fabrique de test.");
        }
    }
}
