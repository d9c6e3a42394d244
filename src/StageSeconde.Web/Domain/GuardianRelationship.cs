namespace StageSeconde.Web.Domain;

public enum GuardianRelationship
{
    Mother = 10,
    Father = 20,
    LegalTutor = 50,
    Other = 90,
}
