using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.Placement;

/// <summary>One declaration of the history: when (UTC), who, what, its facts and the note.</summary>
public sealed record DeclarationRow(DateTime DeclaredAt, string DeclaredBy, DeclarationKind Kind, string? Details, string? Note);

/// <summary>
/// A student's current situation, week by week with what each week rests on (every convention and alternative in force
/// covering it: nothing hidden), and the history of what was declared about it (latest first).
/// </summary>
public sealed record StudentSituationDetails(
    int StudentId, string FullName, int ClassId, string ClassCode, bool IsSthr, bool HasLeft, StudentSituation Situation,
    IReadOnlyList<DeclarationRow> Declarations, IReadOnlyList<string> Week1Facts, IReadOnlyList<string> Week2Facts,
    IReadOnlyList<DeclarationKind> AlternativesInForce, ObservationWeeks? Period)
{
    public IReadOnlyList<string> WeekFacts(int week) => week == 1 ? Week1Facts : Week2Facts;

    public static async Task<StudentSituationDetails?> LoadAsync(AppDbContext db, int studentId, CancellationToken ct)
    {
        var student = await db.Students.AsNoTracking().Where(s => s.Id == studentId)
            .Select(s => new { s.Id, s.LastName, s.FirstName, s.SchoolClassId, ClassCode = s.SchoolClass!.Code, s.IsSthr, s.LeftOn })
            .FirstOrDefaultAsync(ct);
        if (student is null) return null;

        var situations = await StudentSituations.LoadAsync(db, db.Students.Where(s => s.Id == studentId), ct);
        var declarations = await db.PlacementDeclarations.AsNoTracking()
            .Where(d => d.StudentId == studentId)
            .OrderByDescending(d => d.DeclaredAt).ThenByDescending(d => d.Id)
            .Select(d => new
            {
                Declaration = d,
                Staff = db.Staff.Where(s => s.Id == d.DeclaredByStaffId).Select(s => new { s.FirstName, s.LastName }).FirstOrDefault(),
            })
            .ToListAsync(ct);

        var year = await db.CurrentYearAsync(ct);
        var period = year is null ? null : ObservationWeeks.Of(year);
        var conventions = year is null ? [] : await db.Agreements.AsNoTracking()
            .Where(a => a.StudentId == studentId && a.SchoolYearId == year.Id && a.State != AgreementState.Cancelled)
            .OrderBy(a => a.FirstDay)
            .Select(a => new { a.Period, a.State, a.FirstDay, a.LastDay, Host = a.HostOrganisation!.Name })
            .ToListAsync(ct);
        var enrolled = year is null ? [] : await db.ProgrammeEnrolments.AsNoTracking()
            .Where(e => e.StudentId == studentId && e.SchoolYearId == year.Id && e.LeftAt == null)
            .Select(e => e.Week).ToListAsync(ct);
        // The declarations of this school year (the summer before it on), as the situation counts them.
        var thisYear = year is null ? [] : declarations.Select(d => d.Declaration)
            .Where(d => d.DeclaredAt >= new DateTime(year.StartYear, 7, 1, 0, 0, 0, DateTimeKind.Utc)).ToList();
        var inForce = PlacementRules.InForce(thisYear.Select(d => d.Fact));
        var inForceRows = thisYear.Where(d => inForce.TryGetValue(d.Kind, out var fact) && fact.DeclaredAt == d.DeclaredAt).ToList();

        List<string> Facts(int week)
        {
            var facts = conventions.Where(c => PlacementRules.CoversWeek(c.Period, week))
                .Select(c => $"Convention {(c.State is AgreementState.Signed or AgreementState.Completed ? "signée" : $"en cours ({c.State.Label().ToLowerInvariant()})")} "
                             + $"avec {c.Host}, du {c.FirstDay.FormatFrench()} au {c.LastDay.FormatFrench()}")
                .ToList();
            if (enrolled.Contains(week)) facts.Add("Inscrit(e) au programme au lycée");
            if (period is not null)
                facts.AddRange(inForceRows.Where(d => PlacementRules.Covers(d.Fact, week, period))
                    .Select(d => d.Kind.Label() + (DetailsOf(d) is { } details ? " – " + details : "")));
            return facts;
        }

        return new StudentSituationDetails(student.Id, PersonName.LastFirst(student.LastName, student.FirstName), student.SchoolClassId, student.ClassCode,
            student.IsSthr, student.LeftOn is not null, situations[student.Id],
            declarations.Select(d => new DeclarationRow(d.Declaration.DeclaredAt,
                d.Staff is null ? d.Declaration.DeclaredBy : PersonName.FirstLast(d.Staff.FirstName, d.Staff.LastName), d.Declaration.Kind,
                DetailsOf(d.Declaration), d.Declaration.Note)).ToList(),
            Facts(1), Facts(2), inForce.Keys.ToList(), period);
    }

    /// <summary>The facts of a declaration in French (kind of SNU and dates, mobility's country…), or null when it has none.</summary>
    public static string? DetailsOf(PlacementDeclaration d) => d.Kind switch
    {
        DeclarationKind.Snu => string.Join(", ", new[] { d.SnuKind?.Label(), Dates(d) }.OfType<string>()) is { Length: > 0 } s ? s : null,
        DeclarationKind.Mobility => string.Join(", ", new[] { d.Country, d.Organisation, Dates(d) }.OfType<string>()) is { Length: > 0 } s ? s : null,
        DeclarationKind.InSchoolProgramme => d.Weeks switch
        {
            PeriodOption.Week1 => "semaine 1",
            PeriodOption.Week2 => "semaine 2",
            _ => "semaines 1 et 2",
        },
        DeclarationKind.Exempted => d.Exemption?.Label(),
        DeclarationKind.Withdrawal => d.Withdraws is { } w ? $"retire : {w.Label()}" : null,
        _ => null,
    };

    private static string? Dates(PlacementDeclaration d) =>
        d.StartsOn is { } start && d.EndsOn is { } end ? $"du {start.FormatFrench()} au {end.FormatFrench()}" : null;
}
