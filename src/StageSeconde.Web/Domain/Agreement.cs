using StageSeconde.Web.Infrastructure;
namespace StageSeconde.Web.Domain;

/// <summary>
/// Convention: the legal document between the lycée, a host, the student and the guardians for the observation sequence
/// (docs/reference-produit.md §4). Its state changes only through its methods, each recorded in <see cref="Transitions"/>;
/// a broken rule throws a <see cref="DomainException"/> with a French message.
/// <para>
/// Lifecycle: Brouillon → Soumise (no violation) → Validée or Refusée (with a reason; corrected = back to Brouillon) →
/// En signature → Signée (head, host representative, student and at least one legal guardian) → Terminée (after the last day).
/// Annulée, with a reason, from any state before Terminée. A change after validation goes back to Soumise and clears the
/// signatures already recorded.
/// </para>
/// </summary>
public class Agreement : SchoolEntity
{
    public const int PlannedActivitiesMaxLength = 1500;
    public const int ReasonMaxLength = 1000;

    /// <summary>The days a timetable holds: Monday to Saturday (Sunday is always off).</summary>
    public static readonly IReadOnlyList<DayOfWeek> ScheduleDays =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday];

    /// <summary>The parties whose signatures make a convention signed (a guardian = any one legal guardian).</summary>
    public static readonly IReadOnlyList<SignatureParty> RequiredParties =
        [SignatureParty.SchoolHead, SignatureParty.HostRepresentative, SignatureParty.Student, SignatureParty.Guardian];

    private readonly List<DaySchedule> _schedule = [];
    private readonly List<AgreementTransition> _transitions = [];
    private readonly List<AgreementSignature> _signatures = [];

    private Agreement() { }

    public int SchoolYearId { get; private set; }
    public SchoolYear? SchoolYear { get; private set; }

    public int StudentId { get; private set; }
    public Student? Student { get; private set; }

    public PeriodOption Period { get; private set; }
    /// <summary>Computed from the school year's weeks when the period option is set.</summary>
    public DateOnly FirstDay { get; private set; }
    public DateOnly LastDay { get; private set; }

    public int HostOrganisationId { get; private set; }
    public HostOrganisation? HostOrganisation { get; private set; }
    public int TutorId { get; private set; }
    public Tutor? Tutor { get; private set; }

    /// <summary>Who signs for the host (defaults to the host's representative).</summary>
    public string RepresentativeName { get; private set; } = "";
    public string RepresentativeFunction { get; private set; } = "";

    /// <summary>Where the sequence takes place (defaults to the host's address).</summary>
    public string AddressLine { get; private set; } = "";
    public string PostalCode { get; private set; } = "";
    public string City { get; private set; } = "";

    /// <summary>Professeur référent; null until assigned.</summary>
    public int? ReferentTeacherId { get; private set; }
    public StaffMember? ReferentTeacher { get; private set; }

    /// <summary>
    /// Monday to Saturday, in that order: the same every week of the convention, on the days its dates cover only (a
    /// Saturday is worked only when one falls between the first and the last day, ADR 0016).
    /// </summary>
    public IReadOnlyList<DaySchedule> Schedule => _schedule.OrderBy(d => (int)d.Day).ToList();

    public string PlannedActivities { get; private set; } = "";
    public TargetSkills TargetSkills { get; private set; } = TargetSkills.All;
    public string EvaluationModality { get; private set; } = "";
    /// <summary>Projet d'accueil individualisé (health plan).</summary>
    public bool HasPai { get; private set; }
    public string? EmergencyKitSuppliedBy { get; private set; }
    public string? Remarks { get; private set; }

    public AgreementState State { get; private set; }
    /// <summary>The reason of the last refusal.</summary>
    public string? RefusalReason { get; private set; }
    public string? CancellationReason { get; private set; }
    /// <summary>The reference of the signature made outside the application (e.g. on the national platform), if it was.</summary>
    public string? ExternalSignatureReference { get; private set; }
    public const int ExternalReferenceMaxLength = 100;

    /// <summary>
    /// The id of the form that created the convention (unique in the school): a form sent twice (double click, reload)
    /// finds the convention it already created instead of creating a second one. Null when not created from a form.
    /// </summary>
    public Guid? CreationRequestId { get; private set; }

    public IReadOnlyList<AgreementTransition> Transitions => _transitions;
    public IReadOnlyList<AgreementSignature> Signatures => _signatures;

    /// <summary>Neither completed nor cancelled.</summary>
    public bool IsOpen => State is not (AgreementState.Completed or AgreementState.Cancelled);

    public AgreementSlot Slot => new(Id, HostOrganisationId, Period, FirstDay, LastDay, State);

    /// <summary>The required parties that have not signed yet.</summary>
    public IReadOnlyList<SignatureParty> MissingSignatures =>
        RequiredParties.Where(party => !_signatures.Any(s => s.Party == party)).ToList();

    /// <summary>
    /// A new convention, in draft, for <paramref name="student"/>. <paramref name="creationRequestId"/> identifies the form
    /// that asks for it, so that the same form sent twice is recognised (see <see cref="CreationRequestId"/>).
    /// </summary>
    public static Agreement Draft(SchoolYear year, Student student, HostOrganisation host, Tutor tutor, AgreementTerms terms, Actor by, DateTimeOffset at,
        Guid? creationRequestId = null)
    {
        if (StudentRefusal(student.FullName, student.LeftOn) is { } studentRefusal) throw new DomainException(studentRefusal);

        if (creationRequestId == Guid.Empty) throw new ArgumentException("A creation request id cannot be empty.", nameof(creationRequestId));

        var agreement = new Agreement
        {
            SchoolId = year.SchoolId, SchoolYearId = year.Id, StudentId = student.Id, State = AgreementState.Draft, CreationRequestId = creationRequestId,
        };
        var (content, schedule) = agreement.Prepare(year, host, tutor, terms, isNew: true);
        agreement.Set(content, schedule);
        agreement.ReferentTeacherId = terms.ReferentTeacherId;
        agreement._transitions.Add(new AgreementTransition(agreement, from: null, AgreementState.Draft, by, at, "Convention créée."));
        return agreement;
    }

    /// <summary>
    /// Changes what the convention says. In draft or submitted, it stays so; a refused convention goes back to draft;
    /// a validated, in-signature or signed one goes back to submitted — <paramref name="reason"/> required — and the
    /// signatures already recorded are cleared. Changing only the referent teacher never needs a new validation.
    /// </summary>
    public void ApplyEdit(SchoolYear year, HostOrganisation host, Tutor tutor, AgreementTerms terms, Actor by, DateTimeOffset at, string? reason = null)
    {
        EnsureOpen();
        var (content, schedule) = Prepare(year, host, tutor, terms, isNew: false);
        var changed = content != Current() || !SameSchedule(schedule);
        var afterValidation = State is AgreementState.Validated or AgreementState.InSignature or AgreementState.Signed;
        var why = changed && afterValidation
            ? RequiredReason(reason, "Indiquez le motif de la modification : une convention déjà validée doit être validée à nouveau.")
            : null;

        ReferentTeacherId = terms.ReferentTeacherId;
        if (!changed) return;

        Set(content, schedule);
        Touch(at);
        if (State == AgreementState.Refused)
        {
            MoveTo(AgreementState.Draft, by, at, "Convention corrigée après refus.");
        }
        else if (afterValidation)
        {
            BackToValidation(by, at, $"Modification après validation : {why}");
        }
    }

    /// <summary>Back to « Soumise » after a change past validation: the signatures collected are cleared, and the history says so.</summary>
    private void BackToValidation(Actor by, DateTimeOffset at, string why)
    {
        var cleared = _signatures.Count;
        _signatures.Clear();
        ExternalSignatureReference = null;
        var signatures = cleared switch
        {
            0 => "",
            1 => " La signature déjà recueillie a été effacée.",
            _ => $" Les {cleared} signatures déjà recueillies ont été effacées.",
        };
        MoveTo(AgreementState.Submitted, by, at, why + signatures);
    }

    /// <summary>A validated, in-signature or signed convention: changing its dates sends it back to validation and clears its signatures.</summary>
    public static bool IsPastValidation(AgreementState state) =>
        state is AgreementState.Validated or AgreementState.InSignature or AgreementState.Signed;

    /// <summary>
    /// The school year's observation period changed (<see cref="SchoolYear.ChangeObservationPeriod"/>): the convention moves to
    /// the same week of the new period (week 1 to the new week 1, week 2 to the new week 2, both weeks to both). A validated,
    /// in-signature or signed convention goes back to « Soumise » and its signatures are cleared, as after an edit
    /// (<see cref="ApplyEdit"/>); a draft, submitted or refused one keeps its state. Returns true when it went back to validation.
    /// </summary>
    public bool FollowObservationPeriod(SchoolYear year, Actor by, DateTimeOffset at)
    {
        EnsureOpen();
        if (year.Id != SchoolYearId) throw new ArgumentException("The school year is not the agreement's.", nameof(year));
        var (firstDay, lastDay) = DatesOf(Period, year);
        if ((firstDay, lastDay) == (FirstDay, LastDay)) return false;

        var (oldFirst, oldLast) = (FirstDay, LastDay);
        (FirstDay, LastDay) = (firstDay, lastDay);
        Touch(at);
        if (!IsPastValidation(State)) return false;

        BackToValidation(by, at,
            $"Période d'observation modifiée : la convention passe des dates {FrenchTime.Date(oldFirst)} – {FrenchTime.Date(oldLast)} " +
            $"aux dates {FrenchTime.Date(firstDay)} – {FrenchTime.Date(lastDay)} et doit être validée de nouveau.");
        return true;
    }

    /// <summary>Why no convention can be created for the student (null when one can): a student who has left the lycée gets none.</summary>
    public static string? StudentRefusal(string fullName, DateOnly? leftOn) =>
        leftOn is null ? null : $"{fullName} a quitté l'établissement : aucune convention ne peut être créée.";

    /// <summary>
    /// Why <paramref name="hostName"/> cannot be the host of a convention (null when it can): an archived host cannot be
    /// chosen, unless it is already the convention's (<paramref name="isCurrentHost"/>).
    /// </summary>
    public static string? HostRefusal(string hostName, bool isArchived, bool isCurrentHost) =>
        isArchived && !isCurrentHost ? $"La structure d'accueil « {hostName} » est archivée : choisissez-en une autre." : null;

    /// <summary>Why the tutor cannot be the convention's (null when they can): a tutor belongs to the host of the convention.</summary>
    public static string? TutorRefusal(string tutorName, int tutorHostId, int hostId, string hostName) =>
        tutorHostId == hostId ? null
            : $"{tutorName} n'est pas tuteur de la structure choisie, « {hostName} » : choisissez un tuteur de cette structure (la liste les regroupe par structure) ou enregistrez-en un nouveau.";

    /// <summary>The first and last days of <paramref name="period"/> in <paramref name="year"/>.</summary>
    public static (DateOnly FirstDay, DateOnly LastDay) DatesOf(PeriodOption period, SchoolYear year) => period switch
    {
        PeriodOption.Week1 => (year.Week1Start, year.Week1End),
        PeriodOption.Week2 => (year.Week2Start, year.Week2End),
        _ => (year.ObservationStart, year.ObservationEnd),
    };

    /// <summary>Assigns (or removes) the referent teacher: not a change of the convention's terms, no new validation.</summary>
    public void AssignReferentTeacher(int? staffMemberId)
    {
        EnsureOpen();
        ReferentTeacherId = staffMemberId;
    }

    /// <summary>What prevents submitting or validating the convention, in French (empty when nothing does).</summary>
    public IReadOnlyList<string> Violations(AgreementFacts facts)
    {
        if (facts.Student.Id != StudentId) throw new ArgumentException("The facts are about another student.", nameof(facts));
        if (facts.Year.Id != SchoolYearId) throw new ArgumentException("The facts are about another school year.", nameof(facts));

        var violations = new List<string>();
        if (IsBlank(RepresentativeName) || IsBlank(RepresentativeFunction))
            violations.Add("Le signataire de la structure d'accueil (nom et fonction) n'est pas renseigné");
        if (IsBlank(AddressLine) || IsBlank(PostalCode) || IsBlank(City))
            violations.Add("L'adresse du lieu de la séquence est incomplète");
        if (IsBlank(PlannedActivities))
            violations.Add("Les activités prévues ne sont pas renseignées");
        if ((TargetSkills & TargetSkills.All) == TargetSkills.None)
            violations.Add("Aucune compétence visée n'est cochée");
        if (IsBlank(EvaluationModality))
            violations.Add("Les modalités d'évaluation ne sont pas renseignées : la convention précise comment la séquence est préparée avant et exploitée après");
        violations.AddRange(ScheduleRules.Check(_schedule, facts.Student.AgeOn(FirstDay), FirstDay, LastDay));
        violations.AddRange(CoverageRules.Check(Slot, facts.StudentAgreements, facts.Year));
        return violations;
    }

    /// <summary>
    /// What prevents validating the convention, in French (empty when nothing does): what prevents submitting it
    /// (<see cref="Violations"/>) and what <see cref="ReferentViolations"/> reports.
    /// </summary>
    public IReadOnlyList<string> ValidationViolations(AgreementFacts facts) => [.. Violations(facts), .. ReferentViolations(facts)];

    /// <summary>
    /// The referent teacher follows the student during the sequence and must be reachable (docs/reference-produit.md §4):
    /// a convention is validated only once it names one whose phone number is known. Not required to submit: the
    /// referents are usually assigned while the conventions wait for validation.
    /// </summary>
    public IReadOnlyList<string> ReferentViolations(AgreementFacts facts)
    {
        if (ReferentTeacherId is null)
            return ["Aucun professeur référent n'est désigné : désignez celui qui suivra l'élève pendant la séquence et devra être joignable"];
        if (facts.Referent is not { } referent)
            throw new ArgumentException("The facts lack the convention's referent teacher.", nameof(facts));
        if (referent.Id != ReferentTeacherId)
            throw new ArgumentException("The facts are about another referent teacher.", nameof(facts));
        if (string.IsNullOrWhiteSpace(referent.Phone))
            return [$"Le professeur référent n'a pas de numéro de téléphone : renseignez celui de {referent.FullName} sur sa fiche (Personnels), il doit être joignable pendant la séquence"];
        return [];
    }

    /// <summary>Brouillon → Soumise, when nothing is wrong with the convention.</summary>
    public void Submit(AgreementFacts facts, Actor by, DateTimeOffset at)
    {
        if (State == AgreementState.Refused)
            throw new DomainException("Une convention refusée doit d'abord être corrigée : elle repasse alors en brouillon.");
        if (State != AgreementState.Draft)
            throw new DomainException("Seule une convention en brouillon peut être soumise.");
        ThrowIfViolations(facts, "La convention ne peut pas être soumise");
        MoveTo(AgreementState.Submitted, by, at, comment: null);
    }

    /// <summary>
    /// Soumise → Validée, by the Direction (checked by the caller), when nothing is wrong with the convention and its
    /// referent teacher can be reached by phone (<see cref="ValidationViolations"/>).
    /// </summary>
    public void Validate(AgreementFacts facts, Actor by, DateTimeOffset at)
    {
        if (State != AgreementState.Submitted)
            throw new DomainException("Seule une convention soumise peut être validée.");
        var violations = ValidationViolations(facts);
        if (violations.Count > 0) throw new DomainException($"La convention ne peut pas être validée : {string.Join(" ; ", violations)}.");
        MoveTo(AgreementState.Validated, by, at, comment: null);
    }

    /// <summary>Soumise → Refusée, with a reason.</summary>
    public void Refuse(string? reason, Actor by, DateTimeOffset at)
    {
        if (State != AgreementState.Submitted)
            throw new DomainException("Seule une convention soumise peut être refusée.");
        var why = RequiredReason(reason, "Le motif du refus est obligatoire.");
        RefusalReason = why;
        MoveTo(AgreementState.Refused, by, at, why);
    }

    /// <summary>Refusée → Brouillon, to correct it (editing a refused convention does it too).</summary>
    public void ReturnToDraft(Actor by, DateTimeOffset at)
    {
        if (State != AgreementState.Refused)
            throw new DomainException("Seule une convention refusée peut repasser en brouillon.");
        MoveTo(AgreementState.Draft, by, at, "Convention reprise pour correction.");
    }

    /// <summary>Validée → En signature (recording a first signature does it too).</summary>
    public void StartSignature(Actor by, DateTimeOffset at)
    {
        if (State != AgreementState.Validated)
            throw new DomainException("La collecte des signatures ne peut commencer que sur une convention validée.");
        MoveTo(AgreementState.InSignature, by, at, comment: null);
    }

    /// <summary>
    /// Records a party's signature. On a validated convention it starts the signature phase; once the head, the host
    /// representative, the student and a legal guardian have signed, the convention is signed. Another guardian may
    /// still sign a signed convention.
    /// </summary>
    public AgreementSignature RecordSignature(SignatureParty party, DateOnly signedOn, SignatureMode mode, Actor by, DateTimeOffset at, int? guardianId = null,
        ElectronicEvidence? evidence = null)
    {
        if (!Enum.IsDefined(party)) throw new ArgumentOutOfRangeException(nameof(party), party, null);
        if (!Enum.IsDefined(mode)) throw new ArgumentOutOfRangeException(nameof(mode), mode, null);
        if (party != SignatureParty.Guardian && guardianId is not null)
            throw new ArgumentException("Only a guardian's signature names a guardian.", nameof(guardianId));
        if (party == SignatureParty.Guardian && guardianId is null)
            throw new DomainException("Indiquez le responsable légal qui a signé.", AgreementFields.GuardianId);

        var anotherGuardian = State == AgreementState.Signed && party == SignatureParty.Guardian;
        if (State is not (AgreementState.Validated or AgreementState.InSignature) && !anotherGuardian)
        {
            throw new DomainException(State == AgreementState.Signed
                ? "La convention est déjà signée par toutes les parties requises."
                : "Les signatures ne s'enregistrent que sur une convention validée.");
        }
        if (_signatures.Any(s => s.Party == party && s.GuardianId == guardianId))
            throw new DomainException("Cette signature est déjà enregistrée.");
        if (signedOn > DateOnly.FromDateTime(at.UtcDateTime.ToParis()))
            throw new DomainException("La date de signature ne peut pas être dans le futur.", AgreementFields.SignedOn);
        var created = DateOnly.FromDateTime(CreatedAt.ToParis());
        if (signedOn < created)
            throw new DomainException($"La date de signature ne peut pas précéder la création de la convention, le {FrenchTime.Date(created)}.", AgreementFields.SignedOn);

        if (State == AgreementState.Validated) MoveTo(AgreementState.InSignature, by, at, "Première signature enregistrée.");
        var signature = new AgreementSignature(this, party, guardianId, signedOn, mode, by, at, evidence);
        _signatures.Add(signature);
        Touch(at);
        if (State == AgreementState.InSignature && MissingSignatures.Count == 0)
            MoveTo(AgreementState.Signed, by, at, "Toutes les signatures requises sont enregistrées.");
        return signature;
    }

    /// <summary>
    /// The convention was signed outside the application (for instance on the national platform): records every missing
    /// required signature in <see cref="SignatureMode.External"/> mode (the guardian's for <paramref name="guardianId"/>)
    /// and keeps the external reference; the convention becomes signed.
    /// </summary>
    public void RecordExternalSignature(string reference, int? guardianId, DateOnly signedOn, Actor by, DateTimeOffset at)
    {
        var trimmed = reference?.Trim() ?? "";
        if (trimmed.Length == 0) throw new DomainException("Indiquez la référence de la signature hors application.", nameof(ExternalSignatureReference));
        if (trimmed.Length > ExternalReferenceMaxLength)
            throw new DomainException($"La référence ne peut pas dépasser {ExternalReferenceMaxLength} caractères.", nameof(ExternalSignatureReference));
        if (State is not (AgreementState.Validated or AgreementState.InSignature))
            throw new DomainException(State == AgreementState.Signed
                ? "La convention est déjà signée par toutes les parties requises."
                : "Les signatures ne s'enregistrent que sur une convention validée.");
        var missing = MissingSignatures;
        if (missing.Contains(SignatureParty.Guardian) && guardianId is null)
            throw new DomainException("L'élève n'a aucun responsable légal enregistré : ajoutez-le avant d'enregistrer la signature.", AgreementFields.GuardianId);
        foreach (var party in missing)
            RecordSignature(party, signedOn, SignatureMode.External, by, at, party == SignatureParty.Guardian ? guardianId : null);
        ExternalSignatureReference = trimmed;
    }

    /// <summary>Signée → Terminée, once the last day is over (<paramref name="today"/> in Paris).</summary>
    public void Complete(DateOnly today, Actor by, DateTimeOffset at)
    {
        if (State != AgreementState.Signed)
            throw new DomainException("Seule une convention signée peut être terminée.");
        if (today <= LastDay)
            throw new DomainException($"La convention ne peut être terminée qu'après son dernier jour, le {FrenchTime.Date(LastDay)}.");
        MoveTo(AgreementState.Completed, by, at, comment: null);
    }

    /// <summary>Any state before Terminée → Annulée, with a reason.</summary>
    public void Cancel(string? reason, Actor by, DateTimeOffset at)
    {
        if (State == AgreementState.Completed) throw new DomainException("Une convention terminée ne peut pas être annulée.");
        if (State == AgreementState.Cancelled) throw new DomainException("Cette convention est déjà annulée.");
        var why = RequiredReason(reason, "Le motif de l'annulation est obligatoire.");
        CancellationReason = why;
        MoveTo(AgreementState.Cancelled, by, at, why);
    }

    private void MoveTo(AgreementState to, Actor by, DateTimeOffset at, string? comment)
    {
        _transitions.Add(new AgreementTransition(this, State, to, by, at, comment));
        State = to;
        Touch(at);
    }

    /// <summary>
    /// Marks the convention itself as changed when only its timetable, history or signatures did (they are other rows),
    /// so that its <see cref="Entity.Version"/> moves and a concurrent change of the same convention is detected.
    /// </summary>
    private void Touch(DateTimeOffset at) => UpdatedAt = at.UtcDateTime;

    private void EnsureOpen()
    {
        if (State == AgreementState.Completed) throw new DomainException("Une convention terminée ne peut plus être modifiée.");
        if (State == AgreementState.Cancelled) throw new DomainException("Une convention annulée ne peut plus être modifiée.");
    }

    private void ThrowIfViolations(AgreementFacts facts, string what)
    {
        var violations = Violations(facts);
        if (violations.Count > 0) throw new DomainException($"{what} : {string.Join(" ; ", violations)}.");
    }

    private static string RequiredReason(string? reason, string missing)
    {
        if (IsBlank(reason)) throw new DomainException(missing, AgreementFields.Reason);
        var why = reason!.Trim();
        if (why.Length > ReasonMaxLength) throw new DomainException("Le motif ne doit pas dépasser 1 000 caractères.", AgreementFields.Reason);
        return why;
    }

    /// <summary>The terms of a convention, apart from the timetable and the referent teacher, to apply or compare.</summary>
    private sealed record Content(
        int HostOrganisationId, int TutorId, PeriodOption Period, DateOnly FirstDay, DateOnly LastDay,
        string RepresentativeName, string RepresentativeFunction, string AddressLine, string PostalCode, string City,
        string PlannedActivities, TargetSkills TargetSkills, string EvaluationModality, bool HasPai,
        string? EmergencyKitSuppliedBy, string? Remarks);

    private (Content Content, List<DaySchedule> Schedule) Prepare(SchoolYear year, HostOrganisation host, Tutor tutor, AgreementTerms terms, bool isNew)
    {
        if (year.Id != SchoolYearId) throw new ArgumentException("The school year is not the agreement's.", nameof(year));
        if (!Enum.IsDefined(terms.Period)) throw new ArgumentOutOfRangeException(nameof(terms), terms.Period, "Unknown period option.");
        if (TutorRefusal(tutor.FullName, tutor.HostOrganisationId, host.Id, host.Name) is { } tutorRefusal)
            throw new DomainException(tutorRefusal, AgreementFields.TutorId);
        if (HostRefusal(host.Name, host.IsArchived, isCurrentHost: !isNew && host.Id == HostOrganisationId) is { } hostRefusal)
            throw new DomainException(hostRefusal, AgreementFields.HostId);

        var activities = Clean(terms.PlannedActivities) ?? "";
        if (activities.Length > PlannedActivitiesMaxLength)
            throw new DomainException("Les activités prévues ne doivent pas dépasser 1 500 caractères.", AgreementFields.PlannedActivities);

        var (firstDay, lastDay) = DatesOf(terms.Period, year);

        var hostSigns = IsBlank(terms.RepresentativeName) && IsBlank(terms.RepresentativeFunction);
        var atHost = IsBlank(terms.AddressLine) && IsBlank(terms.PostalCode) && IsBlank(terms.City);

        var content = new Content(
            host.Id, tutor.Id, terms.Period, firstDay, lastDay,
            hostSigns ? host.RepresentativeName : Clean(terms.RepresentativeName) ?? "",
            hostSigns ? host.RepresentativeFunction : Clean(terms.RepresentativeFunction) ?? "",
            atHost ? host.AddressLine : Clean(terms.AddressLine) ?? "",
            atHost ? host.PostalCode : Clean(terms.PostalCode) ?? "",
            atHost ? host.City : Clean(terms.City) ?? "",
            activities, terms.TargetSkills & TargetSkills.All, Clean(terms.EvaluationModality) ?? "", terms.HasPai,
            Clean(terms.EmergencyKitSuppliedBy), Clean(terms.Remarks));
        return (content, Week(terms.Schedule));
    }

    /// <summary>Monday to Saturday in order, a missing day being a day off.</summary>
    private static List<DaySchedule> Week(IReadOnlyList<DaySchedule> given)
    {
        var twice = given.GroupBy(d => d.Day).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null) throw new DomainException($"L'emploi du temps indique deux fois le {FrenchTime.DayName(twice.Key)}.");
        if (given.Any(d => d.Day == DayOfWeek.Sunday && !d.IsDayOff)) throw new DomainException("Le dimanche est toujours un jour de repos.");
        if (given.FirstOrDefault(d => d.Breaks.Count > DaySchedule.MaxBreaks) is { } crowded)
            throw new DomainException($"Le {FrenchTime.DayName(crowded.Day)} compte {crowded.Breaks.Count} pauses : {DaySchedule.MaxBreaks} au plus.");
        return ScheduleDays.Select(day => given.FirstOrDefault(d => d.Day == day) ?? DaySchedule.Off(day)).ToList();
    }

    private Content Current() => new(
        HostOrganisationId, TutorId, Period, FirstDay, LastDay, RepresentativeName, RepresentativeFunction,
        AddressLine, PostalCode, City, PlannedActivities, TargetSkills, EvaluationModality, HasPai, EmergencyKitSuppliedBy, Remarks);

    private bool SameSchedule(List<DaySchedule> schedule) =>
        _schedule.Count == schedule.Count && schedule.All(day => _schedule.Any(current => current.IsSameAs(day)));

    private void Set(Content content, List<DaySchedule> schedule)
    {
        HostOrganisationId = content.HostOrganisationId;
        TutorId = content.TutorId;
        Period = content.Period;
        FirstDay = content.FirstDay;
        LastDay = content.LastDay;
        RepresentativeName = content.RepresentativeName;
        RepresentativeFunction = content.RepresentativeFunction;
        AddressLine = content.AddressLine;
        PostalCode = content.PostalCode;
        City = content.City;
        PlannedActivities = content.PlannedActivities;
        TargetSkills = content.TargetSkills;
        EvaluationModality = content.EvaluationModality;
        HasPai = content.HasPai;
        EmergencyKitSuppliedBy = content.EmergencyKitSuppliedBy;
        Remarks = content.Remarks;
        if (!SameSchedule(schedule))
        {
            _schedule.Clear();
            _schedule.AddRange(schedule);
        }
    }

    private static bool IsBlank(string? text) => string.IsNullOrWhiteSpace(text);
    private static string? Clean(string? text) => IsBlank(text) ? null : text!.Trim();
}
