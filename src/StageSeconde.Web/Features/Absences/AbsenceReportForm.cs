using System.Globalization;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Mvc.Rendering;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Security;
using StageSeconde.Web.Infrastructure.Validation;

namespace StageSeconde.Web.Features.Absences;

/// <summary>An absence reported by phone (or seen on a visit), as a staff member records it: the quick form of the register.</summary>
public sealed class AbsenceReportForm
{
    public int? StudentId { get; set; }
    public DateOnly? Day { get; set; }
    public AbsenceKind? Kind { get; set; }
    public DayPart? Part { get; set; }
    public TimeOnly? Time { get; set; }
    public string? Details { get; set; }
    public ReportSource? Source { get; set; }
    public string? Reporter { get; set; }
    public string? Comment { get; set; }

    /// <summary>The facts of a validated form (a method: the model binder reads properties).</summary>
    public AbsenceFacts ToFacts() => new(Day!.Value, Kind!.Value, Part ?? DayPart.WholeDay, Time, Details);

    /// <summary>The sources a staff member records: all but the tutor's link and the programme's attendance, which only their own pages use.</summary>
    public static IReadOnlyList<ReportSource> StaffSources { get; } =
        Enum.GetValues<ReportSource>().Where(s => s is not (ReportSource.TutorLink or ReportSource.ProgrammeAttendance)).ToList();
}

/// <param name="Students">The present students the user follows, to choose from.</param>
public sealed record AbsenceReportPage(AbsenceReportForm Form, IReadOnlyList<SelectListItem> Students)
{
    public static async Task<AbsenceReportPage> LoadAsync(AppDbContext db, ICurrentUser user, AbsenceReportForm form, CancellationToken ct)
    {
        var students = await db.Students.AsNoTracking().Present().FollowedBy(db, user)
            .OrderBy(s => s.SearchKey).ThenBy(s => s.Id)
            .Select(s => new { s.Id, s.LastName, s.FirstName, ClassCode = s.SchoolClass!.Code })
            .ToListAsync(ct);
        var items = students
            .Select(s => new SelectListItem($"{PersonName.LastFirst(s.LastName, s.FirstName)} ({s.ClassCode})", s.Id.ToString(CultureInfo.InvariantCulture)))
            .ToList();
        return new AbsenceReportPage(form, items);
    }

    /// <summary>The form as it first shows: today, an absence for the whole day, reported by the tutor's call to the user.</summary>
    public static AbsenceReportForm NewForm(DateOnly today, string reporter, int? studentId = null) => new()
    {
        StudentId = studentId, Day = today, Kind = AbsenceKind.Absence, Part = DayPart.WholeDay, Source = ReportSource.TutorCall, Reporter = reporter,
    };
}

/// <summary>
/// What the form must tell, and that the student is one the user follows; the rules of the facts (days of the convention,
/// not beyond tomorrow, time, details) are <see cref="AbsenceFacts.Problems"/>, applied by <see cref="AbsenceReporting"/>.
/// </summary>
public sealed class AbsenceReportFormValidator : AbstractValidator<AbsenceReportForm>
{
    public const string NotFollowedMessage = "Choisissez un élève que vous suivez.";

    public AbsenceReportFormValidator(AppDbContext db, ICurrentUser currentUser)
    {
        RuleFor(f => f.StudentId).NotNull().WithMessage("Élève : choisissez l'élève concerné.");
        RuleFor(f => f.StudentId)
            .MustAsync(async (id, ct) => await db.FollowsStudentAsync(currentUser, id!.Value, ct)).WithMessage(NotFollowedMessage)
            .When(f => f.StudentId is not null);
        RuleFor(f => f.Day).NotNull().WithMessage("Jour : ce champ est obligatoire.");
        RuleFor(f => f.Kind).NotNull().WithMessage("Nature : choisissez une valeur.").IsInEnum().WithMessage("Nature inconnue.");
        RuleFor(f => f.Part).IsInEnum().WithMessage("Moment de la journée inconnu.");
        RuleFor(f => f.Source).NotNull().WithMessage("Source : choisissez qui a prévenu le lycée.")
            .Must(s => s is null || AbsenceReportForm.StaffSources.Contains(s.Value)).WithMessage("Source inconnue.");
        RuleFor(f => f.Reporter).Required("Signalé par").MaxChars(AbsenceReport.ReporterMaxLength)
            .Must(r => !PlainText.HasMarkup(r)).WithMessage(PlainText.MarkupMessage);
        RuleFor(f => f.Comment).MaxChars(AbsenceReport.CommentMaxLength)
            .Must(c => !PlainText.HasMarkup(c)).WithMessage(PlainText.MarkupMessage);
    }
}
