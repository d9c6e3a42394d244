using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Features.Closing;

/// <summary>A convention in a closing list: the pupil, the host, the dates, where it stands and what it still waits for.</summary>
public sealed record ClosingRow(int Id, string StudentName, string ClassCode, string HostName, DateOnly FirstDay, DateOnly LastDay, AgreementState State, int Version);

/// <summary>
/// The closing page (/cloture): the signed conventions of the current year whose last day is over, which the Direction
/// marks « Terminée » in one action, and those whose dates are over but that are not signed, with what to do about them.
/// </summary>
public sealed record ClosingModel(DateOnly Today, IReadOnlyList<ClosingRow> ToComplete, IReadOnlyList<ClosingRow> NotSigned, int Completed);

/// <summary>« Conventions non signées à J-… »: the conventions still waiting for signatures whose first day is near or passed.</summary>
public sealed record UnsignedModel(DateOnly Today, int Days, IReadOnlyList<ClosingRow> Rows)
{
    /// <summary>« J-3 », « Jour J », « commencée » for a row.</summary>
    public string CountdownOf(ClosingRow row) => UnsignedAgreements.Countdown(row.FirstDay, Today);
}

public static class ClosingLists
{
    /// <summary>States of a convention whose dates are over and that cannot be completed: it needs something done first.</summary>
    private static readonly AgreementState[] Unfinished =
        [AgreementState.Draft, AgreementState.Submitted, AgreementState.Refused, AgreementState.Validated, AgreementState.InSignature];

    public static async Task<ClosingModel> LoadAsync(AppDbContext db, DateOnly today, CancellationToken ct)
    {
        var ended = await Rows(db.Agreements.AsNoTracking().InCurrentYear().Where(a => a.LastDay < today), ct);
        return new ClosingModel(today,
            ended.Where(r => r.State == AgreementState.Signed).ToList(),
            ended.Where(r => Unfinished.Contains(r.State)).ToList(),
            ended.Count(r => r.State == AgreementState.Completed));
    }

    /// <summary>What to do with a convention whose dates are over and that is not signed.</summary>
    public static string WhatToDo(AgreementState state) => state switch
    {
        AgreementState.Validated or AgreementState.InSignature =>
            "Enregistrez les signatures manquantes si elles ont été données, puis terminez-la ; sinon annulez-la en indiquant le motif.",
        _ => "Elle n'a jamais été validée : si l'élève n'est pas allé en stage, annulez-la en indiquant le motif.",
    };

    internal static Task<List<ClosingRow>> Rows(IQueryable<Agreement> agreements, CancellationToken ct) =>
        agreements
            .OrderBy(a => a.Student!.SchoolClass!.Code).ThenBy(a => a.Student!.LastName).ThenBy(a => a.Student!.FirstName).ThenBy(a => a.FirstDay)
            .Select(a => new ClosingRow(a.Id, PersonName.LastFirst(a.Student!.LastName, a.Student.FirstName), a.Student.SchoolClass!.Code,
                a.HostOrganisation!.Name, a.FirstDay, a.LastDay, a.State, a.Version))
            .ToListAsync(ct);
}
