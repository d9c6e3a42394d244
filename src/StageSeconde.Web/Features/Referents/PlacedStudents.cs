using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Features.Referents;

/// <summary>A convention of a placed student, as the referent pages need it (with its version, for the concurrency check).</summary>
public sealed record PlacedAgreement(int Id, int HostId, string HostName, PeriodOption Period, AgreementState State, DateOnly FirstDay, DateOnly LastDay, int? ReferentTeacherId, int Version)
{
    /// <summary>A completed convention keeps its referent (<see cref="Agreement.AssignReferentTeacher"/> refuses it).</summary>
    public bool CanChange => State != AgreementState.Completed;
}

/// <summary>A student with conventions (not cancelled) in the current school year.</summary>
public sealed record PlacedStudentRow(int StudentId, string Name, int ClassId, string ClassCode, IReadOnlyList<PlacedAgreement> Agreements)
{
    /// <summary>The student's referent: the one of their first convention that names one.</summary>
    public int? CurrentTeacherId => Agreements.Select(a => a.ReferentTeacherId).FirstOrDefault(id => id is not null);

    /// <summary>Whether the student's conventions name different referents (or some none).</summary>
    public bool MixedReferents => Agreements.Select(a => a.ReferentTeacherId).Distinct().Count() > 1;

    public bool CanChange => Agreements.Any(a => a.CanChange);

    /// <summary>« 12.3 14.1 »: the student's changeable conventions and their versions, posted back with a change.</summary>
    public string Versions => AgreementVersions.Format(Agreements.Where(a => a.CanChange).Select(a => (a.Id, a.Version)));

    public PlacedStudent ForProposal => new(StudentId, Name, ClassId, Agreements.Select(a => a.HostId).Distinct().ToList(), CurrentTeacherId,
        Agreements.Select(a => (a.FirstDay, a.LastDay)).ToList());
}

public static class PlacedStudents
{
    /// <summary>
    /// The school's students with conventions not cancelled in the current school year (optionally of one class),
    /// ordered by class then name; empty when there is no current school year.
    /// </summary>
    public static async Task<IReadOnlyList<PlacedStudentRow>> LoadAsync(AppDbContext db, CancellationToken ct, int? classId = null)
    {
        var agreements = db.Agreements.AsNoTracking().InCurrentYear()
            .Where(a => a.State != AgreementState.Cancelled);
        if (classId is { } id) agreements = agreements.Where(a => a.Student!.SchoolClassId == id);

        var rows = await agreements
            .Select(a => new
            {
                a.StudentId, a.Student!.LastName, a.Student.FirstName, a.Student.SchoolClassId, ClassCode = a.Student.SchoolClass!.Code,
                Agreement = new PlacedAgreement(a.Id, a.HostOrganisationId, a.HostOrganisation!.Name, a.Period, a.State, a.FirstDay, a.LastDay, a.ReferentTeacherId, a.Version),
            })
            .ToListAsync(ct);

        return rows
            .GroupBy(r => r.StudentId)
            .Select(g =>
            {
                var first = g.First();
                return new PlacedStudentRow(first.StudentId, PersonName.LastFirst(first.LastName, first.FirstName), first.SchoolClassId, first.ClassCode,
                    g.Select(r => r.Agreement).OrderBy(a => a.FirstDay).ThenBy(a => a.Id).ToList());
            })
            .OrderBy(p => p.ClassCode.Length).ThenBy(p => p.ClassCode, StringComparer.Ordinal)
            .ThenBy(p => p.Name, StringComparer.CurrentCulture)
            .ToList();
    }
}
