using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Features.Students;

public sealed record GuardianRow(
    int Id, string LastName, string FirstName, GuardianRelationship Relationship, bool IsLegalGuardian,
    string? Email, string? MobilePhone, string? HomePhone)
{
    public string FullName => PersonName.FirstLast(FirstName, LastName);
    public bool IsReachable => Email is not null || MobilePhone is not null || HomePhone is not null;
}

public sealed record StudentDetailsModel(
    int Id, string LastName, string FirstName, string? Ine, DateOnly BirthDate, string ClassCode, string ClassLabel,
    string? AddressLine, string? PostalCode, string? City, string? Email, string? Phone, bool IsSthr, DateOnly? LeftOn,
    DateTime UpdatedAt, string? UpdatedBy, IReadOnlyList<GuardianRow> Guardians, int Agreements)
{
    public string FullName => PersonName.LastFirst(LastName, FirstName);
    public bool HasReachableLegalGuardian => Guardians.Any(g => g.IsLegalGuardian && g.IsReachable);

    /// <summary>The user may not see the pupil's address, e-mail and phone (<see cref="PupilPrivacy"/>): they are not loaded.</summary>
    public bool ContactHidden { get; init; }

    /// <summary>The user may not see the guardians' e-mail and phones: they are not loaded.</summary>
    public bool GuardianContactsHidden { get; init; }

    /// <summary>The same page without what <paramref name="privacy"/> does not allow.</summary>
    public StudentDetailsModel For(PrivateDetails privacy)
    {
        var model = this;
        if (!privacy.HomeAddress)
            model = model with { AddressLine = null, PostalCode = null, City = null, Email = null, Phone = null, ContactHidden = true };
        if (!privacy.GuardianContacts)
            model = model with { Guardians = [.. Guardians.Select(g => g with { Email = null, MobilePhone = null, HomePhone = null })], GuardianContactsHidden = true };
        return model;
    }

    /// <summary>The record is in use (<see cref="RecordsInUse"/>): the delete page offers to mark the student as left instead.</summary>
    public bool InUse { get; init; }

    public static async Task<StudentDetailsModel?> LoadAsync(AppDbContext db, int id, CancellationToken ct)
    {
        var model = await db.Students.AsNoTracking().Where(s => s.Id == id)
            .Select(s => new StudentDetailsModel(s.Id, s.LastName, s.FirstName, s.Ine, s.BirthDate, s.SchoolClass!.Code, s.SchoolClass.Label,
                s.AddressLine, s.PostalCode, s.City, s.Email, s.Phone, s.IsSthr, s.LeftOn, s.UpdatedAt, s.UpdatedBy,
                s.Guardians.OrderByDescending(g => g.IsLegalGuardian).ThenBy(g => g.Relationship).ThenBy(g => g.LastName).ThenBy(g => g.Id)
                    .Select(g => new GuardianRow(g.Id, g.LastName, g.FirstName, g.Relationship, g.IsLegalGuardian, g.Email, g.MobilePhone, g.HomePhone))
                    .ToList(),
                db.Agreements.Count(a => a.StudentId == s.Id)))
            .FirstOrDefaultAsync(ct);
        return model is null ? null : model with { InUse = await db.StudentInUseAsync(id, ct) };
    }
}
