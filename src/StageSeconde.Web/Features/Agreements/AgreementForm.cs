using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Features.Hosts;
using StageSeconde.Web.Infrastructure.Validation;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.Agreements;

/// <summary>
/// One day of the timetable as typed (<c>&lt;input type="time"&gt;</c>): start, end, a first break (usually lunch) and
/// an optional second one (a short pause). A day with no start is a day off.
/// </summary>
public sealed class DayForm
{
    public TimeOnly? Start { get; set; }
    public TimeOnly? End { get; set; }
    public TimeOnly? BreakStart { get; set; }
    public TimeOnly? BreakEnd { get; set; }
    public TimeOnly? Break2Start { get; set; }
    public TimeOnly? Break2End { get; set; }

    public bool IsEmpty => Start is null && End is null && BreakStart is null && BreakEnd is null && Break2Start is null && Break2End is null;

    /// <summary>The breaks given with both their times (an incomplete one is refused by <see cref="AgreementFormValidator"/>).</summary>
    public IEnumerable<DayBreak> Breaks()
    {
        if (BreakStart is { } s1 && BreakEnd is { } e1) yield return new DayBreak(s1, e1);
        if (Break2Start is { } s2 && Break2End is { } e2) yield return new DayBreak(s2, e2);
    }

    public DaySchedule ToSchedule(DayOfWeek day) => IsEmpty ? DaySchedule.Off(day) : new DaySchedule(day, Start, End, Breaks());

    /// <summary>The form of a stored day: its first break, then its second (a third, which the form cannot hold, is not shown).</summary>
    public static DayForm From(DaySchedule day) => new()
    {
        Start = day.Start, End = day.End,
        BreakStart = day.Breaks.ElementAtOrDefault(0)?.Start, BreakEnd = day.Breaks.ElementAtOrDefault(0)?.End,
        Break2Start = day.Breaks.ElementAtOrDefault(1)?.Start, Break2End = day.Breaks.ElementAtOrDefault(1)?.End,
    };

    public DayForm Copy() => new()
    {
        Start = Start, End = End, BreakStart = BreakStart, BreakEnd = BreakEnd, Break2Start = Break2Start, Break2End = Break2End,
    };
}

/// <summary>
/// The French errors of one day of the form, by field (« Start », « BreakStart »…): a break with one time only, a break
/// that ends before it starts or falls outside the day, two breaks that overlap. The legal limits are checked on the
/// convention's page (<see cref="ScheduleRules"/>), not here: a draft may be saved before its timetable is lawful.
/// </summary>
public static class DayFormRules
{
    public static IEnumerable<(string Field, string Message)> Errors(DayForm day, string dayName)
    {
        var first = (Start: day.BreakStart, End: day.BreakEnd, Field: nameof(DayForm.BreakStart), Name: "la 1re pause");
        var second = (Start: day.Break2Start, End: day.Break2End, Field: nameof(DayForm.Break2Start), Name: "la 2e pause");
        foreach (var pause in new[] { first, second })
        {
            if (pause.Start is null && pause.End is null) continue;
            if (pause.Start is null || pause.End is null)
            {
                yield return (pause.Start is null ? pause.Field : pause.Field.Replace("Start", "End", StringComparison.Ordinal),
                    $"{dayName} : indiquez le début et la fin de {pause.Name}.");
                continue;
            }
            if (pause.End <= pause.Start)
                yield return (pause.Field.Replace("Start", "End", StringComparison.Ordinal),
                    $"{dayName} : la fin de {pause.Name} ({FrenchTime.TimeOfDay(pause.End.Value)}) doit être après son début ({FrenchTime.TimeOfDay(pause.Start.Value)}).");
            else if (day.Start is { } start && day.End is { } end && end > start && (pause.Start <= start || pause.End >= end))
                yield return (pause.Field,
                    $"{dayName} : {pause.Name} ({FrenchTime.TimeOfDay(pause.Start.Value)} – {FrenchTime.TimeOfDay(pause.End.Value)}) doit être comprise dans la journée ({FrenchTime.TimeOfDay(start)} – {FrenchTime.TimeOfDay(end)}).");
        }
        if (day is { BreakStart: { } s1, BreakEnd: { } e1, Break2Start: { } s2, Break2End: { } e2 } && e1 > s1 && e2 > s2 && s1 < e2 && s2 < e1)
            yield return (nameof(DayForm.Break2Start),
                $"{dayName} : les deux pauses ({FrenchTime.TimeOfDay(s1)} – {FrenchTime.TimeOfDay(e1)} et {FrenchTime.TimeOfDay(s2)} – {FrenchTime.TimeOfDay(e2)}) se chevauchent.");
    }
}

/// <summary>
/// The create/edit form of a convention (also the terms of a group hosting). The host and the tutor are chosen in lists
/// or, when <see cref="NewHost"/>'s name (or <see cref="NewTutor"/>'s name) is filled, created with the convention.
/// Left blank, the signatory and the address are the host's.
/// </summary>
public sealed class AgreementForm : IVersionedForm
{
    public int Version { get; set; }
    /// <summary>Generated when the creation form is shown: the same form sent twice creates one convention.</summary>
    public Guid? RequestId { get; set; }

    public PeriodOption? Period { get; set; }

    public int? HostId { get; set; }
    public HostForm NewHost { get; set; } = new() { Kind = HostKind.Company };
    public int? TutorId { get; set; }
    public TutorForm NewTutor { get; set; } = new();

    public string? RepresentativeName { get; set; }
    public string? RepresentativeFunction { get; set; }
    public string? AddressLine { get; set; }
    public string? PostalCode { get; set; }
    public string? City { get; set; }

    public int? ReferentTeacherId { get; set; }

    /// <summary>The « même horaire tous les jours » shortcut: copied onto Monday to Friday when <see cref="ApplyToWeekdays"/> is ticked.</summary>
    public DayForm EveryDay { get; set; } = new();
    public bool ApplyToWeekdays { get; set; }
    /// <summary>Monday to Saturday, in <see cref="Agreement.ScheduleDays"/> order.</summary>
    public List<DayForm> Days { get; set; } = [];

    public string? PlannedActivities { get; set; }
    public bool Observer { get; set; } = true;
    public bool Communiquer { get; set; } = true;
    public bool Comprendre { get; set; } = true;
    public bool SImpliquer { get; set; } = true;
    public string? EvaluationModality { get; set; }
    public bool HasPai { get; set; }
    public string? EmergencyKitSuppliedBy { get; set; }
    public string? Remarks { get; set; }

    /// <summary>Why a validated (or signed) convention is changed: it goes back to validation.</summary>
    public string? Reason { get; set; }

    /// <summary>The host and the referent of the convention being edited (never posted): they stay possible even if archived since.</summary>
    [BindNever] public int? CurrentHostId { get; private set; }
    [BindNever] public int? CurrentReferentId { get; private set; }

    public bool CreatesHost => !string.IsNullOrWhiteSpace(NewHost.Name);
    public bool CreatesTutor => !string.IsNullOrWhiteSpace(NewTutor.LastName) || !string.IsNullOrWhiteSpace(NewTutor.FirstName);

    public TargetSkills Skills =>
        (Observer ? TargetSkills.Observer : TargetSkills.None) | (Communiquer ? TargetSkills.Communiquer : TargetSkills.None) |
        (Comprendre ? TargetSkills.Comprendre : TargetSkills.None) | (SImpliquer ? TargetSkills.SImpliquer : TargetSkills.None);

    /// <summary>A blank form for a new convention: both weeks, every skill, a new request id.</summary>
    public static AgreementForm New() => new AgreementForm { Period = PeriodOption.BothWeeks, RequestId = Guid.NewGuid() }.Normalized();

    /// <summary>
    /// The form of an existing convention. The signatory and the address are left blank when they are still the host's,
    /// so that choosing another host brings that host's.
    /// </summary>
    public static AgreementForm From(Agreement a, HostOrganisation host)
    {
        var hostSigns = a.RepresentativeName == host.RepresentativeName && a.RepresentativeFunction == host.RepresentativeFunction;
        var atHost = a.AddressLine == host.AddressLine && a.PostalCode == host.PostalCode && a.City == host.City;
        return new AgreementForm
        {
            Version = a.Version, Period = a.Period, HostId = a.HostOrganisationId, TutorId = a.TutorId,
            RepresentativeName = hostSigns ? null : a.RepresentativeName, RepresentativeFunction = hostSigns ? null : a.RepresentativeFunction,
            AddressLine = atHost ? null : a.AddressLine, PostalCode = atHost ? null : a.PostalCode, City = atHost ? null : a.City,
            ReferentTeacherId = a.ReferentTeacherId,
            Days = Agreement.ScheduleDays.Select(day => a.Schedule.FirstOrDefault(d => d.Day == day) is { } s ? DayForm.From(s) : new DayForm()).ToList(),
            PlannedActivities = a.PlannedActivities,
            Observer = a.TargetSkills.HasFlag(TargetSkills.Observer), Communiquer = a.TargetSkills.HasFlag(TargetSkills.Communiquer),
            Comprendre = a.TargetSkills.HasFlag(TargetSkills.Comprendre), SImpliquer = a.TargetSkills.HasFlag(TargetSkills.SImpliquer),
            EvaluationModality = a.EvaluationModality, HasPai = a.HasPai, EmergencyKitSuppliedBy = a.EmergencyKitSuppliedBy, Remarks = a.Remarks,
        };
    }

    /// <summary>The form posted to edit <paramref name="agreement"/>: no creation request; its host and referent stay possible.</summary>
    public AgreementForm Editing(Agreement agreement)
    {
        RequestId = null;
        CurrentHostId = agreement.HostOrganisationId;
        CurrentReferentId = agreement.ReferentTeacherId;
        return this;
    }

    /// <summary>
    /// The form as posted, made whole: one entry per day, and the « appliquer du lundi au vendredi » shortcut applied
    /// (the page then shows the copied hours and an unticked box, not what was typed before).
    /// </summary>
    public AgreementForm Posted(ModelStateDictionary modelState)
    {
        Normalized();
        if (!ApplyToWeekdays || EveryDay is not { Start: not null, End: not null }) return this;
        ApplyEveryDayToWeekdays();
        foreach (var key in modelState.Keys.Where(k => k.StartsWith(FormModel.Field("Days["), StringComparison.Ordinal)
                     || k == FormModel.Field(nameof(ApplyToWeekdays))).ToList())
            modelState.Remove(key);
        return this;
    }

    /// <summary>Exactly one entry per day from Monday to Saturday (a form may post fewer).</summary>
    public AgreementForm Normalized()
    {
        Days = Agreement.ScheduleDays.Select((_, i) => i < Days.Count && Days[i] is { } d ? d : new DayForm()).ToList();
        return this;
    }

    /// <summary>The « appliquer du lundi au vendredi » shortcut: Monday to Friday take the same hours; the box is then unticked.</summary>
    public void ApplyEveryDayToWeekdays()
    {
        Normalized();
        for (var i = 0; i < 5; i++) Days[i] = EveryDay.Copy();
        ApplyToWeekdays = false;
    }

    public AgreementTerms ToTerms() => new()
    {
        Period = Period!.Value,
        RepresentativeName = RepresentativeName, RepresentativeFunction = RepresentativeFunction,
        AddressLine = AddressLine, PostalCode = PostalCode, City = City,
        ReferentTeacherId = ReferentTeacherId,
        Schedule = Agreement.ScheduleDays.Select((day, i) => Days[i].ToSchedule(day)).ToList(),
        PlannedActivities = PlannedActivities, TargetSkills = Skills, EvaluationModality = EvaluationModality,
        HasPai = HasPai, EmergencyKitSuppliedBy = HasPai ? EmergencyKitSuppliedBy : null, Remarks = Remarks,
    };
}

/// <summary>
/// The form's rules, then what only the database knows: the SIRET of a new host is free, the chosen host, tutor and
/// referent exist and may be chosen (the tutor is checked here so that the form works without JavaScript). The rules the
/// convention itself guards (archived host, tutor of another host) are asked of <see cref="Agreement"/>.
/// </summary>
public sealed class AgreementFormValidator : AbstractValidator<AgreementForm>
{
    public AgreementFormValidator(AppDbContext db)
    {
        RuleFor(f => f.Period).NotNull().WithMessage("Période : choisissez une option.").IsInEnum().WithMessage("Période inconnue.");

        RuleFor(f => f.HostId).NotNull().When(f => !f.CreatesHost)
            .WithMessage("Structure d'accueil : choisissez une structure dans la liste, ou enregistrez-en une nouvelle.");
        RuleFor(f => f.NewHost).SetValidator(new HostFormValidator()).When(f => f.CreatesHost);

        RuleFor(f => f.TutorId).NotNull().When(f => !f.CreatesTutor && !f.CreatesHost)
            .WithMessage("Tuteur : choisissez un tuteur de la structure, ou enregistrez-en un nouveau.");
        RuleFor(f => f.NewTutor.LastName).Must(_ => false).When(f => f.CreatesHost && !f.CreatesTutor)
            .OverridePropertyName("NewTutor.LastName")
            .WithMessage("Une nouvelle structure n'a pas encore de tuteur : indiquez son tuteur dans « Nouveau tuteur ».");
        RuleFor(f => f.NewTutor).SetValidator(new TutorFormValidator()).When(f => f.CreatesTutor);

        RuleFor(f => f.RepresentativeName).MaxChars(200);
        RuleFor(f => f.RepresentativeFunction).MaxChars(200);
        RuleFor(f => f.RepresentativeName)
            .Must((f, _) => string.IsNullOrWhiteSpace(f.RepresentativeName) == string.IsNullOrWhiteSpace(f.RepresentativeFunction))
            .WithMessage("Signataire : indiquez son nom et sa fonction, ou laissez les deux vides pour le représentant de la structure.");

        RuleFor(f => f.AddressLine).MaxChars(300);
        RuleFor(f => f.PostalCode).PostalCode();
        RuleFor(f => f.City).MaxChars(100);
        RuleFor(f => f.AddressLine)
            .Must((f, _) => new[] { f.AddressLine, f.PostalCode, f.City }.Count(string.IsNullOrWhiteSpace) is 0 or 3)
            .WithMessage("Lieu de la séquence : indiquez l'adresse, le code postal et la commune, ou laissez les trois vides pour l'adresse de la structure.");

        RuleFor(f => f.EveryDay.Start).NotNull().When(f => f.ApplyToWeekdays).OverridePropertyName("EveryDay.Start")
            .WithMessage("Même horaire tous les jours : indiquez au moins l'heure de début et l'heure de fin.");
        RuleFor(f => f.EveryDay.End).NotNull().When(f => f.ApplyToWeekdays).OverridePropertyName("EveryDay.End")
            .WithMessage("Même horaire tous les jours : indiquez l'heure de fin.");

        RuleFor(f => f.Days).Custom((days, context) =>
        {
            for (var i = 0; i < days.Count && i < Agreement.ScheduleDays.Count; i++)
            {
                if (days[i] is not { } day) continue;
                var name = FrenchTime.DayName(Agreement.ScheduleDays[i]);
                foreach (var (field, message) in DayFormRules.Errors(day, char.ToUpperInvariant(name[0]) + name[1..]))
                    context.AddFailure($"Days[{i}].{field}", message);
            }
        });

        RuleFor(f => f.PlannedActivities).MaxChars(Agreement.PlannedActivitiesMaxLength);
        RuleFor(f => f.EvaluationModality).MaxChars(2000);
        RuleFor(f => f.EmergencyKitSuppliedBy).MaxChars(200);
        RuleFor(f => f.Remarks).MaxChars(2000);
        RuleFor(f => f.Reason).MaxChars(Agreement.ReasonMaxLength);

        RuleFor(f => f.NewHost.Siret).CustomAsync(async (siret, context, ct) =>
            {
                if (FrenchIdentifiers.IsValidSiret(siret) && await db.HostWithSiretAsync(siret, null, ct) is { } existing)
                    context.AddFailure("NewHost.Siret", $"Ce SIRET est déjà celui de « {existing.Name} » : choisissez cette structure dans la liste.");
            })
            .When(f => f.CreatesHost);

        RuleFor(f => f.HostId).CustomAsync(async (hostId, context, ct) =>
            {
                var host = await db.HostOrganisations.AsNoTracking().Where(h => h.Id == hostId).Select(h => new { h.Name, h.IsArchived }).FirstOrDefaultAsync(ct);
                if (host is null) context.AddFailure("Cette structure d'accueil n'existe pas ou plus : choisissez-en une autre.");
                else if (Agreement.HostRefusal(host.Name, host.IsArchived, isCurrentHost: hostId == context.InstanceToValidate.CurrentHostId) is { } refusal)
                    context.AddFailure(refusal);
            })
            .When(f => !f.CreatesHost && f.HostId is not null);

        RuleFor(f => f.TutorId).CustomAsync(async (tutorId, context, ct) =>
            {
                var tutor = await db.Tutors.AsNoTracking().Where(t => t.Id == tutorId)
                    .Select(t => new { t.FirstName, t.LastName, t.HostOrganisationId }).FirstOrDefaultAsync(ct);
                if (tutor is null)
                {
                    context.AddFailure("Ce tuteur n'existe pas ou plus : choisissez-en un autre.");
                    return;
                }
                var hostId = context.InstanceToValidate.HostId;
                var hostName = await db.HostOrganisations.AsNoTracking().Where(h => h.Id == hostId).Select(h => h.Name).FirstOrDefaultAsync(ct);
                if (hostName is not null && Agreement.TutorRefusal(PersonName.FirstLast(tutor.FirstName, tutor.LastName), tutor.HostOrganisationId, hostId!.Value, hostName) is { } refusal)
                    context.AddFailure(refusal);
            })
            .When(f => !f.CreatesTutor && !f.CreatesHost && f.TutorId is not null);

        RuleFor(f => f.ReferentTeacherId).MustAsync(async (form, referentId, ct) =>
                await db.Staff.AsNoTracking().AnyAsync(s => s.Id == referentId && (!s.IsArchived || s.Id == form.CurrentReferentId), ct))
            .When(f => f.ReferentTeacherId is not null)
            .WithMessage("Ce professeur n'est plus dans la liste des personnels : choisissez-en un autre.");
    }
}
