namespace StageSeconde.Web.Infrastructure.Imports;

public sealed record SiecleGuardiansExport(
    SiecleParameters Parameters,
    IReadOnlyDictionary<string, SiecleGuardianPerson> Persons,
    IReadOnlyList<SiecleGuardianLink> Links,
    IReadOnlyDictionary<string, SiecleAddress> Addresses);
