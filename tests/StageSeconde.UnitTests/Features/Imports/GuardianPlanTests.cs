using StageSeconde.Web.Domain;
using StageSeconde.Web.Features.Imports;

namespace StageSeconde.UnitTests.Features.Imports;

public sealed class GuardianPlanTests
{
    private static GuardianLinkRecord Link(string student, string person, string last, string first, string? email = null, GuardianRelationship relationship = GuardianRelationship.Mother) =>
        new($"lien {student}-{person}", student, new GuardianRecord(person, last, first, relationship, true, email, null, null, null));

    private static Student Student(int id, string siecleId, params Guardian[] guardians)
    {
        var s = new Student(schoolClassId: 1, ine: null, "DUPONT", "Léa", default) { Id = id, SchoolId = 1 };
        s.LinkToSiecle(siecleId);
        s.Guardians.AddRange(guardians);
        return s;
    }

    [Fact]
    public void Creates_updates_keeps_and_reports_guardians_per_student()
    {
        var same = new Guardian { Id = 1, StudentId = 10, SiecleId = "P1", LastName = "DUPONT", FirstName = "Camille", Relationship = GuardianRelationship.Mother, IsLegalGuardian = true };
        var changed = new Guardian { Id = 2, StudentId = 10, SiecleId = "P2", LastName = "DUPONT", FirstName = "Marc", Relationship = GuardianRelationship.Father, IsLegalGuardian = true };
        var gone = new Guardian { Id = 3, StudentId = 10, SiecleId = "P9", LastName = "ANCIEN", FirstName = "Tuteur", Relationship = GuardianRelationship.LegalTutor };
        var byHand = new Guardian { Id = 4, StudentId = 10, LastName = "Martin", FirstName = "Zoé", Relationship = GuardianRelationship.Other, IsLegalGuardian = true };
        var student = Student(10, "1001", same, changed, gone, byHand);

        var plan = GuardianPlan.Build([student], [
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
        Assert.Equal(4, student.Guardians.Count); // the plan works on a copy
    }

    [Fact]
    public void Reimporting_the_applied_links_changes_nothing()
    {
        var student = Student(10, "1001");
        var links = new[] { Link("1001", "P1", "DUPONT", "Camille", "c@exemple.fr"), Link("1001", "P2", "DUPONT", "Marc") };
        var plan = GuardianPlan.Build([student], links, []);
        var id = 1;
        foreach (var record in plan.Changes[10]) StudentImport.ApplyGuardian(student, record).Id = id++;

        var again = GuardianPlan.Build([student], links, []);

        Assert.Equal(2, again.Unchanged);
        Assert.False(again.HasChanges);
    }
}
