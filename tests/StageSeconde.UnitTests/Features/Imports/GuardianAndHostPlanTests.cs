using StageSeconde.Web.Domain;
using StageSeconde.Web.Features.Hosts;
using StageSeconde.Web.Features.Imports;

namespace StageSeconde.UnitTests.Features.Imports;

public sealed class GuardianPlanTests
{
    private static GuardianLinkRecord Link(string pupil, string person, string last, string first, string? email = null, GuardianRelationship relationship = GuardianRelationship.Mother) =>
        new($"lien {pupil}-{person}", pupil, new GuardianRecord(person, last, first, relationship, true, email, null, null, null));

    private static Student Pupil(int id, string siecleId, params Guardian[] guardians)
    {
        var s = new Student(schoolClassId: 1, ine: null, "DUPONT", "Léa", default) { Id = id, SchoolId = 1 };
        s.LinkToSiecle(siecleId);
        s.Guardians.AddRange(guardians);
        return s;
    }

    [Fact]
    public void Creates_updates_keeps_and_reports_guardians_per_pupil()
    {
        var same = new Guardian { Id = 1, StudentId = 10, SiecleId = "P1", LastName = "DUPONT", FirstName = "Camille", Relationship = GuardianRelationship.Mother, IsLegalGuardian = true };
        var changed = new Guardian { Id = 2, StudentId = 10, SiecleId = "P2", LastName = "DUPONT", FirstName = "Marc", Relationship = GuardianRelationship.Father, IsLegalGuardian = true };
        var gone = new Guardian { Id = 3, StudentId = 10, SiecleId = "P9", LastName = "ANCIEN", FirstName = "Tuteur", Relationship = GuardianRelationship.LegalTutor };
        var byHand = new Guardian { Id = 4, StudentId = 10, LastName = "Martin", FirstName = "Zoé", Relationship = GuardianRelationship.Other, IsLegalGuardian = true };
        var pupil = Pupil(10, "1001", same, changed, gone, byHand);

        var plan = GuardianPlan.Build([pupil], [
            Link("1001", "P1", "DUPONT", "Camille"),
            Link("1001", "P2", "DUPONT", "Marc", email: "marc@exemple.fr", relationship: GuardianRelationship.Father),
            Link("1001", "P3", "MARTIN", "Zoé", relationship: GuardianRelationship.Other),
            Link("1001", "P4", "NOUVEAU", "Jean", relationship: GuardianRelationship.LegalTutor),
            Link("2002", "P5", "AUTRE", "Niveau"),
        ], []);

        Assert.Equal((1, 2, 1, 1, 1), (plan.Created, plan.Updated, plan.Unchanged, plan.Left, plan.Ignored));
        Assert.Equal([new FieldChange("Courriel", null, "marc@exemple.fr")], plan.Entries.Single(e => e.Where == "lien 1001-P2").Changes);
        Assert.Contains(new FieldChange("Identifiant SIECLE", null, "P3"), plan.Entries.Single(e => e.Where == "lien 1001-P3").Changes); // matched by name
        Assert.Equal(3, plan.Changes[10].Count);
        Assert.Equal(4, pupil.Guardians.Count); // the plan works on a copy
    }

    [Fact]
    public void Reimporting_the_applied_links_changes_nothing()
    {
        var pupil = Pupil(10, "1001");
        var links = new[] { Link("1001", "P1", "DUPONT", "Camille", "c@exemple.fr"), Link("1001", "P2", "DUPONT", "Marc") };
        var plan = GuardianPlan.Build([pupil], links, []);
        var id = 1;
        foreach (var record in plan.Changes[10]) StudentImport.ApplyGuardian(pupil, record).Id = id++;

        var again = GuardianPlan.Build([pupil], links, []);

        Assert.Equal(2, again.Unchanged);
        Assert.False(again.HasChanges);
    }
}

public sealed class HostPlanTests
{
    private const string Siret = "35600000000048"; // La Poste

    private static HostRecord Record(string siret = Siret, string? name = "La Poste", string? phone = "0145170000", params TutorRecord[] tutors) =>
        new("ligne 2", siret, name, null, "1 place Salvador-Allende", "94000", "Créteil", "Nadia Benali", "Directrice", null, phone, "MAIF", null, tutors);

    private static HostPlan Build(IReadOnlyList<HostOrganisation> existing, params HostRecord[] records) =>
        HostPlan.Build(existing, records, [], new HostFormValidator(), new TutorFormValidator());

    [Fact]
    public void Creates_a_host_with_its_tutors_and_then_recognises_it_by_siret()
    {
        var tutor = new TutorRecord("ligne 2", "MARTIN", "Hugo", "Guichetier", null, "0611223344");
        var plan = Build([], Record(tutors: tutor));
        Assert.Equal(1, plan.Created);

        var stored = new HostOrganisation(new HostDetails(null, HostKind.Company, null, null, null, null, null, null, null, null, null, null)) { Id = 5 };
        HostPlan.Apply(stored, plan.Creates[0]);
        stored.Tutors[0].Id = 9;
        var again = Build([stored], Record(tutors: tutor));
        Assert.Equal(1, again.Unchanged);

        var changed = Build([stored], Record(phone: "0145170001", tutors: tutor with { Function = "Chef d'équipe" }));
        Assert.Equal(
            [new FieldChange("Téléphone", "0145170000", "0145170001"), new FieldChange("Tuteur Hugo MARTIN : fonction", "Guichetier", "Chef d'équipe")],
            Assert.Single(changed.Entries).Changes);
    }

    [Fact]
    public void A_row_the_host_form_would_refuse_is_rejected_with_the_form_message()
    {
        var plan = Build([], Record(name: null), Record(siret: "73282932000074", phone: "12"),
            Record(siret: "44306184100047", tutors: new TutorRecord("ligne 9", "MARTIN", "Hugo", "Guichetier", null, null)));

        Assert.Equal(3, plan.Rejected);
        Assert.Equal(("Nom", "Nom de la structure : ce champ est obligatoire."), (plan.Entries[0].Field, plan.Entries[0].Reason));
        Assert.Equal("Téléphone", plan.Entries[1].Field);
        Assert.Equal(("ligne 9", "Tuteur téléphone"), (plan.Entries[2].Where, plan.Entries[2].Field));
        Assert.StartsWith("Tuteur Hugo MARTIN : Le tuteur doit être joignable", plan.Entries[2].Reason);
    }
}
