using Microsoft.AspNetCore.Mvc.Rendering;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Domain.Programme;

namespace StageSeconde.Web.Infrastructure.Web;

/// <summary>French labels of the domain's enumerations, in one place for views, PDFs and exports.</summary>
public static class EnumLabels
{
    public static string Label(this HostKind kind) => kind switch
    {
        HostKind.Company => "Entreprise",
        HostKind.Association => "Association",
        HostKind.Administration => "Administration",
        HostKind.PublicInstitution => "Établissement public",
        HostKind.LocalAuthority => "Collectivité territoriale",
        _ => kind.ToString(),
    };

    public static string Label(this GuardianRelationship relationship) => relationship switch
    {
        GuardianRelationship.Mother => "Mère",
        GuardianRelationship.Father => "Père",
        GuardianRelationship.LegalTutor => "Tuteur ou tutrice légal(e)",
        GuardianRelationship.Other => "Autre",
        _ => relationship.ToString(),
    };

    public static string Label(this SchoolSector sector) => sector switch
    {
        SchoolSector.Public => "Public",
        SchoolSector.PrivateUnderContract => "Privé sous contrat",
        _ => sector.ToString(),
    };

    public static string Label(this AgreementState state) => state switch
    {
        AgreementState.Draft => "Brouillon",
        AgreementState.Submitted => "Soumise",
        AgreementState.Validated => "Validée",
        AgreementState.Refused => "Refusée",
        AgreementState.InSignature => "En signature",
        AgreementState.Signed => "Signée",
        AgreementState.Completed => "Terminée",
        AgreementState.Cancelled => "Annulée",
        _ => state.ToString(),
    };

    public static string Label(this PeriodOption period) => period switch
    {
        PeriodOption.Week1 => "Semaine 1",
        PeriodOption.Week2 => "Semaine 2",
        PeriodOption.BothWeeks => "Deux semaines",
        _ => period.ToString(),
    };

    public static string Label(this SignatureParty party) => party switch
    {
        SignatureParty.SchoolHead => "Chef d'établissement",
        SignatureParty.HostRepresentative => "Représentant de la structure d'accueil",
        SignatureParty.Student => "Élève",
        SignatureParty.Guardian => "Responsable légal",
        _ => party.ToString(),
    };

    public static string Label(this SignatureMode mode) => mode switch
    {
        SignatureMode.Paper => "Papier",
        SignatureMode.Electronic => "Électronique",
        SignatureMode.External => "Hors application",
        _ => mode.ToString(),
    };

    /// <summary>One skill's label ("S'impliquer"); for a combination, see <see cref="Labels(TargetSkills)"/>.</summary>
    public static string Label(this TargetSkills skill) => skill switch
    {
        TargetSkills.None => "Aucune",
        TargetSkills.Observer => "Observer",
        TargetSkills.Communiquer => "Communiquer",
        TargetSkills.Comprendre => "Comprendre",
        TargetSkills.SImpliquer => "S'impliquer",
        _ => string.Join(", ", skill.Labels()),
    };

    /// <summary>The labels of the skills a combination holds, in the annexe's order.</summary>
    public static IReadOnlyList<string> Labels(this TargetSkills skills) =>
        new[] { TargetSkills.Observer, TargetSkills.Communiquer, TargetSkills.Comprendre, TargetSkills.SImpliquer }
            .Where(s => skills.HasFlag(s)).Select(s => s.Label()).ToList();

    public static string Label(this Coverage coverage) => coverage switch
    {
        Coverage.None => "Non couvert",
        Coverage.Partial => "Partiellement couvert",
        Coverage.Full => "Couvert",
        _ => coverage.ToString(),
    };

    public static string Label(this Situation situation) => situation switch
    {
        Situation.NoSolution => "Sans solution",
        Situation.Searching => "En recherche",
        Situation.PartiallyCovered => "Partiellement couvert",
        Situation.AgreementInProgress => "Convention en cours",
        Situation.AgreementSigned => "Convention signée",
        Situation.Snu => "SNU",
        Situation.Mobility => "Mobilité européenne ou internationale",
        Situation.Exempted => "Dispensé",
        Situation.InSchoolProgramme => "Programme au lycée",
        Situation.Combined => "Couvert (solutions combinées)",
        _ => situation.ToString(),
    };

    public static string Label(this WeekSituation week) => week switch
    {
        WeekSituation.Nothing => "Rien",
        WeekSituation.AgreementInProgress => "Convention en cours",
        WeekSituation.AgreementSigned => "Convention signée",
        WeekSituation.InSchoolProgramme => "Programme au lycée",
        WeekSituation.Snu => "SNU",
        WeekSituation.Mobility => "Mobilité",
        WeekSituation.Exempted => "Dispensé",
        _ => week.ToString(),
    };

    /// <summary>The DSFR badge of a week: nothing in red, a convention in progress in blue, a signed one in green, an alternative in purple.</summary>
    public static string BadgeClass(this WeekSituation week) => week switch
    {
        WeekSituation.Nothing => "fr-badge--error",
        WeekSituation.AgreementInProgress => "fr-badge--info",
        WeekSituation.AgreementSigned => "fr-badge--success",
        _ => "fr-badge--new",
    };

    public static string Label(this SnuKind kind) => kind switch
    {
        SnuKind.CohesionStay => "Séjour de cohésion",
        SnuKind.GeneralInterestMission => "Mission d'intérêt général",
        _ => kind.ToString(),
    };

    public static string Label(this ExemptionGround ground) => ground switch
    {
        ExemptionGround.SthrOptOut => "Élève STHR qui ne fait pas la séquence",
        ExemptionGround.DirectionDecision => "Décision de la direction",
        _ => ground.ToString(),
    };

    /// <summary>The DSFR badge of a situation: needing action in red or orange, in progress in blue, settled in green.</summary>
    public static string BadgeClass(this Situation situation) => situation switch
    {
        Situation.NoSolution => "fr-badge--error",
        Situation.PartiallyCovered or Situation.Searching => "fr-badge--warning",
        Situation.AgreementInProgress => "fr-badge--info",
        Situation.AgreementSigned => "fr-badge--success",
        _ => "fr-badge--new",
    };

    public static string Label(this DeclarationKind kind) => kind switch
    {
        DeclarationKind.Searching => "En recherche",
        DeclarationKind.Snu => "SNU (séjour de cohésion ou mission d'intérêt général)",
        DeclarationKind.Mobility => "Mobilité européenne ou internationale",
        DeclarationKind.Exempted => "Dispense",
        DeclarationKind.InSchoolProgramme => "Programme au lycée",
        DeclarationKind.Withdrawal => "Retrait d'une solution",
        DeclarationKind.SthrDoesSequence => "Élève STHR qui fait la séquence",
        _ => kind.ToString(),
    };

    public static string Label(this AccountStatus status) => status switch
    {
        AccountStatus.Active => "Actif",
        AccountStatus.AwaitingPassword => "En attente du mot de passe",
        AccountStatus.LockedOut => "Bloqué (trop d'essais)",
        AccountStatus.Deactivated => "Désactivé",
        _ => status.ToString(),
    };

    public static string Label(this ImportKind kind) => kind switch
    {
        ImportKind.SiecleStudents => "Export SIECLE – élèves",
        ImportKind.SiecleGuardians => "Export SIECLE – responsables",
        ImportKind.CsvStudents => "CSV – élèves et responsables",
        ImportKind.CsvHosts => "CSV – structures d'accueil et tuteurs",
        _ => kind.ToString(),
    };

    public static string Label(this AuditKind kind) => kind switch
    {
        AuditKind.SignedIn => "Connexion",
        AuditKind.SignInFailed => "Échec de connexion",
        AuditKind.SecondFactorFailed => "Second facteur refusé",
        AuditKind.ViewedStudent => "Consultation d'une fiche élève",
        AuditKind.ExportedStudentFile => "Export du dossier d'un élève",
        AuditKind.Exported => "Export ou téléchargement",
        AuditKind.AgreementStateChanged => "Changement d'état d'une convention",
        AuditKind.RecordChanged => "Modification d'une fiche",
        AuditKind.DataPurged => "Purge des données",
        _ => kind.ToString(),
    };

    /// <summary>The options of a select for an enumeration, labelled in French.</summary>
    public static string Label(this AbsenceKind kind) => kind switch
    {
        AbsenceKind.Absence => "Absence",
        AbsenceKind.LateArrival => "Arrivée en retard",
        AbsenceKind.EarlyDeparture => "Départ anticipé",
        AbsenceKind.Illness => "Maladie",
        AbsenceKind.Accident => "Accident",
        AbsenceKind.Incident => "Incident",
        _ => kind.ToString(),
    };

    public static string Label(this DayPart part) => part switch
    {
        DayPart.WholeDay => "Journée entière",
        DayPart.Morning => "Matin",
        DayPart.Afternoon => "Après-midi",
        _ => part.ToString(),
    };

    public static string Label(this ReportSource source) => source switch
    {
        ReportSource.TutorLink => "Tuteur (lien de signalement)",
        ReportSource.TutorCall => "Appel du tuteur",
        ReportSource.FamilyCall => "Appel de la famille",
        ReportSource.ReferentVisit => "Professeur référent (visite ou appel)",
        ReportSource.Student => "L'élève",
        ReportSource.Other => "Autre",
        ReportSource.ProgrammeAttendance => "Appel du programme au lycée",
        _ => source.ToString(),
    };

    public static string Label(this ContactMethod method) => method switch
    {
        ContactMethod.Phone => "Téléphone",
        ContactMethod.Sms => "SMS",
        ContactMethod.Email => "Courriel",
        ContactMethod.Letter => "Courrier",
        ContactMethod.InPerson => "En personne",
        ContactMethod.Visit => "Visite sur le lieu de stage",
        ContactMethod.Message => "Message (ENT)",
        _ => method.ToString(),
    };

    public static string Label(this AbsenceStatus status) => status switch
    {
        AbsenceStatus.New => "Nouvelle",
        AbsenceStatus.Acknowledged => "Prise en compte",
        AbsenceStatus.FamilyInformed => "Famille prévenue",
        AbsenceStatus.Settled => "Justification traitée",
        _ => status.ToString(),
    };

    public static string Label(this OutboxStatus status) => status switch
    {
        OutboxStatus.Pending => "En attente",
        OutboxStatus.Sent => "Envoyé",
        OutboxStatus.GivenUp => "Abandonné",
        _ => status.ToString(),
    };

    public static string Label(this ProgrammeTheme theme) => theme switch
    {
        ProgrammeTheme.JobInquiry => "Enquête métier",
        ProgrammeTheme.DiscoverSectors => "Découvrir les secteurs et les métiers",
        ProgrammeTheme.MeetProfessionals => "Rencontrer des professionnels",
        ProgrammeTheme.KnowOneself => "Se connaître",
        _ => theme.ToString(),
    };

    public static string Label(this RoomKind kind) => kind switch
    {
        RoomKind.Cdi => "CDI",
        RoomKind.ComputerRoom => "Salle informatique",
        RoomKind.Classroom => "Salle de classe",
        RoomKind.Hall => "Salle polyvalente",
        RoomKind.Outside => "Extérieur",
        _ => kind.ToString(),
    };

    public static string Label(this SupervisorKind kind) => kind switch
    {
        SupervisorKind.Any => "Tout personnel",
        SupervisorKind.Teacher => "Professeur",
        SupervisorKind.Librarian => "Professeur documentaliste",
        SupervisorKind.PsyEn => "PsyEN",
        SupervisorKind.Aed => "AED",
        _ => kind.ToString(),
    };

    public static string Label(this SkillLevel level) => level switch
    {
        SkillLevel.NotObserved => "Non observé",
        SkillLevel.Fragile => "Fragile",
        SkillLevel.Satisfactory => "Satisfaisant",
        SkillLevel.VerySatisfactory => "Très satisfaisant",
        _ => level.ToString(),
    };

    public static string Label(this EvaluationSource source) => source switch
    {
        EvaluationSource.TutorLink => "Le tuteur, par son lien",
        EvaluationSource.Referent => "Le professeur référent",
        _ => source.ToString(),
    };

    public static IReadOnlyList<SelectListItem> Options<TEnum>(Func<TEnum, string> label) where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Select(v => new SelectListItem(label(v), v.ToString())).ToList();
}
