using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Features.Students;
using StageSeconde.Web.Infrastructure.Security;

namespace StageSeconde.Web.Features.Agreements;

/// <summary>A student of the chosen class, with how much of the period their conventions already cover.</summary>
public sealed record GroupStudent(int Id, string LastName, string FirstName, bool IsSthr, Coverage Coverage, int OpenAgreements)
{
    public string FullName => PersonName.LastFirst(LastName, FirstName);

    /// <summary>What the student's conventions (signed or not) already plan, in French.</summary>
    public string Situation => Coverage switch
    {
        Coverage.None => "Aucune convention",
        Coverage.Partial => "Une semaine déjà prévue",
        _ => "Les deux semaines déjà prévues",
    } + (OpenAgreements > 0 ? $" ({OpenAgreements} convention(s) en cours)" : "");
}

/// <summary>
/// Group hosting: the same terms for several students of one class at one host. <paramref name="ClassId"/> null until a class
/// is chosen; <paramref name="Selected"/> are the ticked students.
/// </summary>
public sealed record GroupPageModel(
    IReadOnlyList<ClassOption> Classes, int? ClassId, IReadOnlyList<GroupStudent> Students, IReadOnlyList<int> Selected, AgreementFormModel Terms)
{
    public static async Task<GroupPageModel> LoadAsync(AppDbContext db, ICurrentUser user, int? classId, IReadOnlyList<int> selected, AgreementForm form, SchoolYear year, CancellationToken ct)
    {
        // The classes whose conventions the user writes: all of them, or a professeur principal's own.
        var classes = await db.Classes.AsNoTracking().WhereAgreementsWrittenBy(user)
            .Where(c => !c.IsArchived || c.Id == classId)
            .OrderBy(c => c.Code)
            .Select(c => new ClassOption(c.Id, c.Code))
            .ToListAsync(ct);
        var students = classId is { } id ? await GroupHostingQueries.StudentsAsync(db, id, year.Id, ct) : [];
        var choices = await AgreementChoices.LoadAsync(db, YearWeeks.Of(year), keepHostId: null, keepReferentId: null, ct);
        return new GroupPageModel(classes, classId, students, selected, new AgreementFormModel(null, null, form, choices));
    }
}

public sealed record GroupCreated(int AgreementId, string StudentName);

public sealed record GroupSkipped(string StudentName, IReadOnlyList<string> Reasons);

public sealed record GroupResultModel(string HostName, PeriodOption Period, int ClassId, string ClassCode, IReadOnlyList<GroupCreated> Created, IReadOnlyList<GroupSkipped> Skipped);

public static class GroupHostingQueries
{
    /// <summary>The present students of a class, by name, with their coverage in <paramref name="schoolYearId"/>.</summary>
    public static async Task<IReadOnlyList<GroupStudent>> StudentsAsync(AppDbContext db, int classId, int schoolYearId, CancellationToken ct)
    {
        var students = await db.Students.AsNoTracking()
            .Present().Where(s => s.SchoolClassId == classId)
            .OrderBy(s => s.SearchKey).ThenBy(s => s.Id)
            .Select(s => new { s.Id, s.LastName, s.FirstName, s.IsSthr })
            .ToListAsync(ct);
        var slots = await AgreementsByStudentAsync(db, students.Select(p => p.Id).ToList(), schoolYearId, ct);
        return students.Select(p => new GroupStudent(p.Id, p.LastName, p.FirstName, p.IsSthr,
            CoverageRules.CoverageOf(slots[p.Id]), slots[p.Id].Count(s => s.State is not (AgreementState.Cancelled or AgreementState.Completed)))).ToList();
    }

    /// <summary>The conventions of <paramref name="studentIds"/> in <paramref name="schoolYearId"/>, as slots, by student id.</summary>
    public static async Task<ILookup<int, AgreementSlot>> AgreementsByStudentAsync(AppDbContext db, IReadOnlyCollection<int> studentIds, int schoolYearId, CancellationToken ct) =>
        (await db.Agreements.AsNoTracking()
            .Where(a => studentIds.Contains(a.StudentId) && a.SchoolYearId == schoolYearId)
            .Select(a => new { a.StudentId, Slot = new AgreementSlot(a.Id, a.HostOrganisationId, a.Period, a.FirstDay, a.LastDay, a.State) })
            .ToListAsync(ct))
        .ToLookup(x => x.StudentId, x => x.Slot);

    /// <summary>
    /// The creation request id of one student's convention in a group form: derived from the form's id, so that the
    /// same group form sent twice finds the conventions it created (each convention needs its own id).
    /// </summary>
    public static Guid RequestIdFor(Guid groupRequestId, int studentId)
    {
        var bytes = new byte[20];
        groupRequestId.TryWriteBytes(bytes);
        BitConverter.TryWriteBytes(bytes.AsSpan(16), studentId);
        return new Guid(SHA256.HashData(bytes).AsSpan(0, 16));
    }
}
