using Microsoft.AspNetCore.Authorization;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Infrastructure.Security;

/// <summary>Named authorisation policies: one per area of the application, checked by controllers and navigation alike.</summary>
public static class Policies
{
    /// <summary>Any staff member of a school (read access to the school's records).</summary>
    public const string SchoolStaff = nameof(SchoolStaff);
    /// <summary>Enters and corrects students, classes and staff: direction, secrétariat, administrateur.</summary>
    public const string ManageRecords = nameof(ManageRecords);
    /// <summary>Enters host organisations and tutors: also the professeurs principaux, who record what students report.</summary>
    public const string ManageHosts = nameof(ManageHosts);
    /// <summary>Writes conventions (create, edit, submit, cancel): direction, secrétariat, administrateur and the professeurs principaux, who record what students report.</summary>
    public const string ManageAgreements = nameof(ManageAgreements);
    /// <summary>Accounts, roles and school settings.</summary>
    public const string Administration = nameof(Administration);
    /// <summary>The school's settings (identity printed on conventions, alert delay and opening hours, guardians' e-mail):
    /// administrateur and direction — the Direction sets the alert delay (docs/reference-produit.md §5).</summary>
    public const string SchoolSettings = nameof(SchoolSettings);
    public const string Direction = nameof(Direction);
    /// <summary>Read-only aggregates across the académie's lycées.</summary>
    public const string Academie = nameof(Academie);
    /// <summary>The placement board (/suivi): direction, secrétariat, professeurs principaux (their classes only, checked by the controller).</summary>
    public const string ViewBoard = nameof(ViewBoard);
    /// <summary>Declares a student's situation (search note, SNU, mobility, exemption, in-school programme): direction, secrétariat,
    /// professeurs principaux (students of their classes only, checked by the controller).</summary>
    public const string DeclarePlacement = nameof(DeclarePlacement);
    /// <summary>The absences of the sequence (register, an absence's page) and recording one reported by phone: direction, secrétariat, CPE
    /// (every student), professeurs principaux and référents (the students they follow, checked by the controller).</summary>
    public const string FollowAbsences = nameof(FollowAbsences);
    /// <summary>Acts on an absence: acknowledges its alert, records the family informed, e-mails the guardians, decides the justification: CPE and direction.</summary>
    public const string HandleAbsences = nameof(HandleAbsences);
    /// <summary>« Mes élèves » (/mes-eleves): professeurs référents, and professeurs principaux who are referents of some conventions.</summary>
    public const string Referent = nameof(Referent);
    /// <summary>Reads a student's follow-up log: direction, CPE, professeurs principaux and référents (their students only, checked by the controller).</summary>
    public const string FollowUp = nameof(FollowUp);
    /// <summary>The students no one has contacted since their first day, whoever their referent: direction and CPE.</summary>
    public const string WatchFollowUp = nameof(WatchFollowUp);
    /// <summary>Set up and run the in-school programme: catalogue, rooms, supervisors, examiner duty, pupils, groups, timetable.</summary>
    public const string ManageProgramme = nameof(ManageProgramme);
    /// <summary>See the in-school programme (timetables, groups, attendance) and print its sheets.</summary>
    public const string ViewProgramme = nameof(ViewProgramme);
    /// <summary>Take the attendance of a half-day of the programme (the supervisors, the CPE, the Direction).</summary>
    public const string TakeAttendance = nameof(TakeAttendance);
    /// <summary>Start and follow the online signature of conventions.</summary>
    public const string CollectSignatures = nameof(CollectSignatures);
    /// <summary>Sign conventions for the lycée (the chef d'établissement, or an adjoint with a recorded delegation).</summary>
    public const string SignAsHead = nameof(SignAsHead);
    /// <summary>Closing the sequence: conventions to complete, conventions not signed before their first day, attestations de stage
    /// (direction, secrétariat; marking the conventions « Terminée » in one action is the Direction's).</summary>
    public const string Closing = nameof(Closing);

    /// <summary>Records, changes or removes a pupil's report: direction, professeurs principaux (their classes) and référents (their
    /// pupils), the scope checked by <c>PupilReportScope</c>; everyone else reads it on the pupil's page.</summary>
    public const string WritePupilReports = nameof(WritePupilReports);

    /// <summary>Personal data (issue 13): the retention dry run and purge, the audit log: direction and administrateur.</summary>
    public const string PersonalData = nameof(PersonalData);
    /// <summary>A pupil's whole file for the right of access (JSON, PDF): direction and secrétariat.</summary>
    public const string PupilFile = nameof(PupilFile);

    public static void Configure(AuthorizationOptions options)
    {
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        options.AddPolicy(SchoolStaff, p => p.RequireRole(Roles.School).RequireClaim(AppClaims.SchoolId));
        options.AddPolicy(ManageRecords, p => p.RequireRole(Roles.Direction, Roles.Secretariat, Roles.Administrateur).RequireClaim(AppClaims.SchoolId));
        options.AddPolicy(ManageHosts, p => p.RequireRole(Roles.Direction, Roles.Secretariat, Roles.Administrateur, Roles.ProfesseurPrincipal).RequireClaim(AppClaims.SchoolId));
        options.AddPolicy(ManageAgreements, p => p.RequireRole(Roles.Direction, Roles.Secretariat, Roles.Administrateur, Roles.ProfesseurPrincipal).RequireClaim(AppClaims.SchoolId));
        options.AddPolicy(Administration, p => p.RequireRole(Roles.Administrateur).RequireClaim(AppClaims.SchoolId));
        options.AddPolicy(SchoolSettings, p => p.RequireRole(Roles.Administrateur, Roles.Direction).RequireClaim(AppClaims.SchoolId));
        options.AddPolicy(Direction, p => p.RequireRole(Roles.Direction).RequireClaim(AppClaims.SchoolId));
        options.AddPolicy(Academie, p => p.RequireRole(Roles.Academie));
        options.AddPolicy(ViewBoard, p => p.RequireRole(Roles.Direction, Roles.Secretariat, Roles.ProfesseurPrincipal).RequireClaim(AppClaims.SchoolId));
        options.AddPolicy(DeclarePlacement, p => p.RequireRole(Roles.Direction, Roles.Secretariat, Roles.ProfesseurPrincipal).RequireClaim(AppClaims.SchoolId));
        options.AddPolicy(FollowAbsences, p => p.RequireRole(Roles.Direction, Roles.Secretariat, Roles.Cpe, Roles.ProfesseurPrincipal, Roles.Enseignant).RequireClaim(AppClaims.SchoolId));
        options.AddPolicy(HandleAbsences, p => p.RequireRole(Roles.Cpe, Roles.Direction).RequireClaim(AppClaims.SchoolId));
        options.AddPolicy(Referent, p => p.RequireRole(Roles.Enseignant, Roles.ProfesseurPrincipal).RequireClaim(AppClaims.SchoolId));
        options.AddPolicy(FollowUp, p => p.RequireRole(Roles.Direction, Roles.Cpe, Roles.ProfesseurPrincipal, Roles.Enseignant).RequireClaim(AppClaims.SchoolId));
        options.AddPolicy(WatchFollowUp, p => p.RequireRole(Roles.Direction, Roles.Cpe).RequireClaim(AppClaims.SchoolId));
        options.AddPolicy(ManageProgramme, p => p.RequireRole(Roles.Direction).RequireClaim(AppClaims.SchoolId));
        options.AddPolicy(ViewProgramme, p => p.RequireRole(Roles.Direction, Roles.Secretariat, Roles.Cpe, Roles.ProfesseurPrincipal, Roles.Enseignant).RequireClaim(AppClaims.SchoolId));
        options.AddPolicy(TakeAttendance, p => p.RequireRole(Roles.Direction, Roles.Cpe, Roles.ProfesseurPrincipal, Roles.Enseignant).RequireClaim(AppClaims.SchoolId));
        options.AddPolicy(CollectSignatures, p => p.RequireRole(Roles.Direction, Roles.Secretariat).RequireClaim(AppClaims.SchoolId));
        options.AddPolicy(PersonalData, p => p.RequireRole(Roles.Direction, Roles.Administrateur).RequireClaim(AppClaims.SchoolId));
        options.AddPolicy(PupilFile, p => p.RequireRole(Roles.Direction, Roles.Secretariat).RequireClaim(AppClaims.SchoolId));
        options.AddPolicy(SignAsHead, p => p.RequireRole(Roles.Direction).RequireClaim(AppClaims.SchoolId));
        options.AddPolicy(WritePupilReports, p => p.RequireRole(Roles.Direction, Roles.ProfesseurPrincipal, Roles.Enseignant).RequireClaim(AppClaims.SchoolId));
        options.AddPolicy(Closing, p => p.RequireRole(Roles.Direction, Roles.Secretariat).RequireClaim(AppClaims.SchoolId));
    }
}
