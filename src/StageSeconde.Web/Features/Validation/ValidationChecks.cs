using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Features.Validation;

/// <summary>How a failed check weighs on the proviseur's decision.</summary>
public enum CheckSeverity
{
    /// <summary>Nothing to report.</summary>
    Ok = 0,
    /// <summary>Point d'attention: the proviseur may still validate the convention on its own page, never in bulk.</summary>
    Warning = 1,
    /// <summary>Bloquant: the convention cannot be validated (the domain refuses it too).</summary>
    Error = 2,
}

/// <summary>One automatic check of a convention: a stable code, a short French label, its severity and the details.</summary>
public sealed record Check(string Code, string Label, CheckSeverity Severity, string? Detail = null)
{
    public bool Passed => Severity == CheckSeverity.Ok;
    public bool Blocks => Severity == CheckSeverity.Error;
}

/// <summary>The referent teacher, as far as the checks are concerned.</summary>
/// <summary>The referent as the checks see them; <paramref name="ConvokedDuringAgreement"/>: an examiner convocation falls between the convention's first and last day.</summary>
public sealed record ReferentFacts(string FullName, bool ConvokedDuringAgreement, bool AvailableDuringPeriod, bool IsArchived);

/// <summary>
/// What the checks read besides the convention: the facts the domain checks it against (school year, student, student's
/// conventions) and whether the people around it can be reached.
/// </summary>
public sealed record CheckFacts(AgreementFacts Agreement, bool TutorReachable, bool HostHasInsurer, bool GuardianReachable, ReferentFacts? Referent);

/// <summary>
/// The automatic checks shown to the proviseur before validation, in one place for the queue, the convention's page and
/// bulk validation (ADR 0009).
/// <list type="bullet">
/// <item><b>Blocking</b> (red): what <see cref="Agreement.ValidationViolations"/> reports — timetable outside the legal
/// limits or working a day the dates do not cover (ADR 0016), dates that overlap another convention of the student or leave the period, missing terms, no referent teacher or
/// one without a phone number. The domain refuses to validate such a convention anyway.</item>
/// <item><b>Warnings</b> (orange): tutor without phone or e-mail, host without insurer, no reachable legal guardian,
/// a referent teacher busy as an examiner, unavailable during the period or gone, a student covered for one week only.
/// None of them changes what the convention says (they are completed on the host, tutor, student or staff records, and a
/// referent is assigned without a new validation): the proviseur may validate despite them on the convention's page,
/// but bulk validation leaves aside any convention with a failed check.</item>
/// </list>
/// </summary>
public static class ValidationChecks
{
    public const string Schedule = "horaires";
    public const string Dates = "dates";
    public const string Content = "contenu";
    public const string Coverage = "couverture";
    public const string Tutor = "tuteur";
    public const string Insurance = "assurance";
    public const string Guardian = "responsable";
    public const string Referent = "referent";

    /// <summary>Every check of <paramref name="agreement"/>, in a fixed order: the blocking ones first.</summary>
    public static IReadOnlyList<Check> For(Agreement agreement, CheckFacts facts)
    {
        var domain = facts.Agreement;
        var violations = agreement.Violations(domain);
        var schedule = ScheduleRules.Check(agreement.Schedule, domain.Student.AgeOn(agreement.FirstDay), agreement.FirstDay, agreement.LastDay);
        var dates = CoverageRules.Check(agreement.Slot, domain.StudentAgreements, domain.Year);
        var content = violations.Except(schedule).Except(dates).ToList();

        return
        [
            Blocking(Schedule, schedule, "Horaires conformes", "Horaires hors limites légales"),
            Blocking(Dates, dates, "Dates cohérentes", "Conflit de dates"),
            Blocking(Content, content, "Convention complète", "Convention incomplète"),
            CoverageCheck(agreement, domain.StudentAgreements),
            facts.TutorReachable
                ? Ok(Tutor, "Tuteur joignable")
                : new Check(Tutor, "Tuteur sans téléphone ni courriel", CheckSeverity.Warning,
                    "Le tuteur doit être joignable : complétez sa fiche dans la structure d'accueil."),
            facts.HostHasInsurer
                ? Ok(Insurance, "Assureur renseigné")
                : new Check(Insurance, "Assureur non renseigné", CheckSeverity.Warning,
                    "L'assureur de la structure d'accueil n'est pas renseigné sur sa fiche."),
            facts.GuardianReachable
                ? Ok(Guardian, "Responsable légal joignable")
                : new Check(Guardian, "Aucun responsable légal joignable", CheckSeverity.Warning,
                    "Aucun responsable légal de l'élève n'a d'adresse électronique ni de téléphone."),
            ReferentCheck(agreement.ReferentViolations(domain), facts.Referent),
        ];
    }

    private static Check Ok(string code, string label) => new(code, label, CheckSeverity.Ok);

    private static Check Blocking(string code, IReadOnlyCollection<string> problems, string okLabel, string failedLabel) =>
        problems.Count == 0 ? Ok(code, okLabel) : new Check(code, failedLabel, CheckSeverity.Error, string.Join(" ; ", problems) + ".");

    /// <summary>A one-week convention with nothing for the other week leaves the student partially covered.</summary>
    private static Check CoverageCheck(Agreement agreement, IEnumerable<AgreementSlot> studentAgreements)
    {
        var slots = studentAgreements.Where(s => s.AgreementId != agreement.Id).Append(agreement.Slot);
        if (CoverageRules.CoverageOf(slots) != Domain.Coverage.Partial) return Ok(Coverage, "Période couverte");
        var missing = agreement.Period == PeriodOption.Week1 ? "la semaine 2" : "la semaine 1";
        return new Check(Coverage, "Élève couvert une seule semaine", CheckSeverity.Warning,
            $"Aucune autre convention ne couvre {missing} : l'élève n'est que partiellement couvert.");
    }

    /// <summary>Blocking when the domain refuses the referent (none, or no phone); a warning when they may be hard to reach.</summary>
    private static Check ReferentCheck(IReadOnlyList<string> refused, ReferentFacts? referent) => (refused, referent) switch
    {
        ([var problem, ..], null) => new Check(Referent, "Pas de professeur référent", CheckSeverity.Error, problem + "."),
        ([var problem, ..], _) => new Check(Referent, "Référent sans téléphone", CheckSeverity.Error, problem + "."),
        (_, null) => throw new ArgumentException("A convention with a referent teacher has the referent's facts.", nameof(referent)),
        (_, { IsArchived: true }) => new Check(Referent, "Référent parti de l'établissement", CheckSeverity.Warning,
            $"{referent.FullName} ne fait plus partie des personnels : désignez un autre professeur référent."),
        (_, { ConvokedDuringAgreement: true }) => new Check(Referent, "Référent pris par les examens", CheckSeverity.Warning,
            $"{referent.FullName} est convoqué(e) comme examinateur ou examinatrice pendant cette convention : il ou elle doit rester joignable."),
        (_, { AvailableDuringPeriod: false }) => new Check(Referent, "Référent indisponible", CheckSeverity.Warning,
            $"{referent.FullName} est indiqué(e) comme indisponible pendant la période d'observation."),
        _ => Ok(Referent, "Professeur référent disponible"),
    };
}
