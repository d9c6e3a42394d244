using StageSeconde.Web.Domain;
using StageSeconde.Web.Features.Hosts;
using StageSeconde.Web.Features.Imports;

namespace StageSeconde.UnitTests.Features.Imports;

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
