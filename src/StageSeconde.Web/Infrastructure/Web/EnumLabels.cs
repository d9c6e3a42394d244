using Microsoft.AspNetCore.Mvc.Rendering;
using StageSeconde.Web.Domain;

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

    public static string Label(this ImportKind kind) => kind switch
    {
        ImportKind.SiecleStudents => "Export SIECLE – élèves",
        ImportKind.SiecleGuardians => "Export SIECLE – responsables",
        ImportKind.CsvStudents => "CSV – élèves et responsables",
        ImportKind.CsvHosts => "CSV – structures d'accueil et tuteurs",
        _ => kind.ToString(),
    };

    /// <summary>The options of a select for an enumeration, labelled in French.</summary>
    public static IReadOnlyList<SelectListItem> Options<TEnum>(Func<TEnum, string> label) where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Select(v => new SelectListItem(label(v), v.ToString())).ToList();
}
