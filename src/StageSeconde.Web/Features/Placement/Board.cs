using System.Globalization;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure;
using StageSeconde.Web.Infrastructure.Security;

namespace StageSeconde.Web.Features.Placement;

public sealed record BoardClass(int Id, string Code);

/// <summary>A convention (not cancelled) of a student, as the board shows it.</summary>
public sealed record BoardPlacement(string HostName, PeriodOption Period, DateOnly FirstDay, DateOnly LastDay, string? ReferentTeacher)
{
    public string Dates => $"{FirstDay.FormatFrench()} – {LastDay.FormatFrench()}";
}

/// <summary>A present student of the class: situation, hosts and weeks, referent teachers, last change.</summary>
public sealed record BoardRow(int StudentId, string LastName, string FirstName, StudentSituation State, IReadOnlyList<BoardPlacement> Placements,
    IReadOnlyList<string>? ProgrammeGroups = null)
{
    /// <summary>The student's groups in the in-school programme (« Les Curieux (S1) »), if any.</summary>
    public IReadOnlyList<string> Groups => ProgrammeGroups ?? [];
    public string FullName => PersonName.LastFirst(LastName, FirstName);
    public Situation Situation => State.Situation;
    public IReadOnlyList<string> HostNames => Placements.Select(p => p.HostName).Distinct().ToList();
    public IReadOnlyList<string> ReferentTeachers => Placements.Select(p => p.ReferentTeacher).OfType<string>().Distinct().ToList();
}

/// <summary>The professeur principal's board of one class (docs/reference-produit.md §3), with the filter applied to <see cref="Rows"/>.</summary>
public sealed record BoardModel(
    IReadOnlyList<BoardClass> Classes, BoardClass? Class, IReadOnlyList<string> PrincipalTeachers, BoardFilter Filter,
    IReadOnlyList<BoardRow> AllRows)
{
    /// <summary>The rows the filter keeps, in board order (students needing action first, then by name).</summary>
    public IReadOnlyList<BoardRow> Rows => AllRows.Where(r => Filter.Matches(r.Situation)).ToList();

    public int Total => AllRows.Count;
    public int Count(Situation situation) => AllRows.Count(r => r.Situation == situation);
    public int Count(BoardFilter filter) => AllRows.Count(r => filter.Matches(r.Situation));
    public int WithSolution => AllRows.Count(r => r.Situation.HasSolution());

    /// <summary>Share of the present students with a solution, in whole percent (rounded down: 100 % only when all have one).</summary>
    public int PercentWithSolution => Total == 0 ? 0 : WithSolution * 100 / Total;
}

public static class Board
{
    private static readonly StringComparer FrenchOrder = StringComparer.Create(ParisTime.French, CompareOptions.IgnoreCase);

    /// <summary>The classes the user may pick: the current classes they follow, by code.</summary>
    public static async Task<IReadOnlyList<BoardClass>> ClassesAsync(AppDbContext db, ICurrentUser user, CancellationToken ct) =>
        await db.Classes.AsNoTracking().FollowedBy(user).Where(c => !c.IsArchived)
            .OrderBy(c => c.Code)
            .Select(c => new BoardClass(c.Id, c.Code))
            .ToListAsync(ct);

    /// <summary>
    /// The board of <paramref name="schoolClass"/> (access already checked): its present students (one query), their situations
    /// (<see cref="StudentSituations.LoadAsync"/>) and their conventions' hosts, dates and referent teachers (one query).
    /// </summary>
    public static async Task<BoardModel> LoadAsync(AppDbContext db, IReadOnlyList<BoardClass> classes, BoardClass? schoolClass, BoardFilter filter, CancellationToken ct)
    {
        if (schoolClass is null) return new BoardModel(classes, null, [], filter, []);

        var principalTeachers = (await db.Classes.AsNoTracking().Where(c => c.Id == schoolClass.Id)
                .SelectMany(c => c.PrincipalTeachers)
                .Select(s => new { s.FirstName, s.LastName })
                .ToListAsync(ct))
            .Select(s => PersonName.FirstLast(s.FirstName, s.LastName)).Order(FrenchOrder).ToList();

        var present = db.Students.Present().Where(s => s.SchoolClassId == schoolClass.Id);
        var students = await present.AsNoTracking().Select(s => new { s.Id, s.LastName, s.FirstName, s.IsSthr, s.SchoolId }).ToListAsync(ct);
        var situations = await StudentSituations.LoadAsync(db, present, students.Select(s => new SituationStudent(s.Id, s.IsSthr, s.SchoolId)).ToList(), ct);
        var placements = (await db.Agreements.AsNoTracking().InCurrentYear()
                .Where(a => students.Select(s => s.Id).Contains(a.StudentId) && a.State != AgreementState.Cancelled)
                .Select(a => new
                {
                    a.StudentId, Host = a.HostOrganisation!.Name, a.Period, a.FirstDay, a.LastDay,
                    Referent = a.ReferentTeacher == null ? null : new { a.ReferentTeacher.FirstName, a.ReferentTeacher.LastName },
                })
                .ToListAsync(ct))
            .OrderBy(a => a.FirstDay)
            .ToLookup(a => a.StudentId, a => new BoardPlacement(a.Host, a.Period, a.FirstDay, a.LastDay,
                a.Referent is null ? null : PersonName.FirstLast(a.Referent.FirstName, a.Referent.LastName)));

        var ids = students.Select(s => s.Id).ToList();
        var groups = (await (
                from m in db.ProgrammeGroupMembers.AsNoTracking()
                join g in db.ProgrammeGroups on m.ProgrammeGroupId equals g.Id
                where ids.Contains(m.StudentId) && db.SchoolYears.Any(y => y.Id == g.SchoolYearId && y.IsCurrent)
                select new { m.StudentId, g.Name, g.InWeek1, g.InWeek2 })
                .ToListAsync(ct))
            .ToLookup(g => g.StudentId, g => $"{g.Name} ({(g.InWeek1 && g.InWeek2 ? "S1, S2" : g.InWeek1 ? "S1" : "S2")})");

        var rows = students
            .Where(p => situations.ContainsKey(p.Id))
            .Select(p => new BoardRow(p.Id, p.LastName, p.FirstName, situations[p.Id], placements[p.Id].ToList(), groups[p.Id].Order(FrenchOrder).ToList()))
            .OrderBy(r => r.Situation.Priority())
            .ThenBy(r => r.LastName, FrenchOrder).ThenBy(r => r.FirstName, FrenchOrder).ThenBy(r => r.StudentId)
            .ToList();
        return new BoardModel(classes, schoolClass, principalTeachers, filter, rows);
    }
}
