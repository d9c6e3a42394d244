using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure;
using StageSeconde.Web.Infrastructure.Export;
using StageSeconde.Web.Infrastructure.Security;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.TutorEvaluations;

public sealed record EvaluationRow(
    int AgreementId, int StudentId, string LastName, string FirstName, string ClassCode, string HostName, string TutorName,
    DateOnly FirstDay, DateOnly LastDay, EvaluationRecord? Evaluation)
{
    public string StudentName => PersonName.LastFirst(LastName, FirstName);
}

public sealed record EvaluationClassOption(int Id, string Code);

public sealed record EvaluationListModel(int? ClassId, IReadOnlyList<EvaluationClassOption> Classes, IReadOnlyList<EvaluationRow> Rows)
{
    public int Evaluated => Rows.Count(r => r.Evaluation is not null);
}

/// <summary>
/// The tutors' evaluations of the current year's conventions (not cancelled), class by class or for every class the user
/// follows (<see cref="FollowedByStaff"/>: the whole school for the direction and the secrétariat, their classes for a
/// professeur principal); the same rows are exported.
/// </summary>
public static class EvaluationList
{
    public static readonly IReadOnlyList<string> Headers =
    [
        "Nom", "Prénom", "Classe", "Structure d'accueil", "Tuteur", "Premier jour", "Dernier jour",
        "Observer", "Communiquer", "Comprendre", "S'impliquer", "Commentaire", "Évalué par", "Saisie par", "Date de saisie",
    ];

    public static async Task<EvaluationListModel?> LoadAsync(AppDbContext db, ICurrentUser user, int? classId, CancellationToken ct)
    {
        var classes = await db.Classes.AsNoTracking().FollowedBy(user).Where(c => !c.IsArchived || c.Id == classId)
            .OrderBy(c => c.Code).Select(c => new EvaluationClassOption(c.Id, c.Code)).ToListAsync(ct);
        if (classId is { } id && classes.All(c => c.Id != id)) return null;
        var classIds = classId is { } only ? [only] : classes.Select(c => c.Id).ToList();

        var agreements = await db.Agreements.AsNoTracking().InCurrentYear()
            .Where(a => a.State != AgreementState.Cancelled && classIds.Contains(a.Student!.SchoolClassId))
            .OrderBy(a => a.Student!.SchoolClass!.Code).ThenBy(a => a.Student!.SearchKey).ThenBy(a => a.FirstDay).ThenBy(a => a.Id)
            .Select(a => new
            {
                a.Id, a.StudentId, a.Student!.LastName, a.Student.FirstName, a.Student.SchoolClass!.Code, Host = a.HostOrganisation!.Name,
                Tutor = a.Tutor!.FirstName + " " + a.Tutor.LastName, a.FirstDay, a.LastDay,
            })
            .ToListAsync(ct);
        var ids = agreements.Select(a => a.Id).ToList();
        var evaluations = await db.TutorEvaluations.AsNoTracking().Where(e => ids.Contains(e.AgreementId))
            .Select(e => new
            {
                e.AgreementId,
                Record = new EvaluationRecord(e.Observer, e.Communiquer, e.Comprendre, e.SImpliquer, e.Comment, e.EvaluatorName, e.Source, e.RecordedAt, e.UpdatedBy),
            })
            .ToDictionaryAsync(e => e.AgreementId, e => e.Record, ct);
        var rows = agreements.Select(a => new EvaluationRow(a.Id, a.StudentId, a.LastName, a.FirstName, a.Code, a.Host, a.Tutor.Trim(), a.FirstDay, a.LastDay,
            evaluations.GetValueOrDefault(a.Id))).ToList();
        return new EvaluationListModel(classId, classes, rows);
    }

    public static ExportTable Table(EvaluationListModel model) =>
        new("Évaluations des tuteurs", Headers, model.Rows.Select(r =>
        {
            var e = r.Evaluation;
            return (IReadOnlyList<ExportCell>)
            [
                r.LastName.ToUpperInvariant(), r.FirstName, r.ClassCode, r.HostName, r.TutorName, r.FirstDay, r.LastDay,
                e?.Observer.Label() ?? "Non évaluée", e?.Communiquer.Label() ?? "", e?.Comprendre.Label() ?? "", e?.SImpliquer.Label() ?? "",
                e?.Comment ?? "", e?.EvaluatorName ?? "", e?.Source.Label() ?? "",
                e is null ? ExportCell.Empty : DateOnly.FromDateTime(e.RecordedAt.ToParis()),
            ];
        }).ToList());

    /// <summary>« evaluations-2NDE3 » (without extension).</summary>
    public static string FileName(EvaluationListModel model) =>
        model.ClassId is { } id ? $"evaluations-{model.Classes.First(c => c.Id == id).Code}" : "evaluations";
}
