using StageSeconde.Tests.Imports;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Features.Imports;
using StageSeconde.Web.Infrastructure.Imports;

namespace StageSeconde.UnitTests.Features.Imports;

public sealed class SiecleMappingTests
{
    private static readonly SiecleStudentsExport Export = SiecleParser.ParseStudents(new MemoryStream(SiecleSamples.Students("0940001X")));

    private static DivisionChoice Choice(string[] divisions, params string[] sthr) =>
        new(divisions.ToHashSet(StringComparer.OrdinalIgnoreCase), sthr.ToHashSet(StringComparer.OrdinalIgnoreCase));

    [Fact]
    public void Lists_divisions_with_students_still_there_and_their_mef_and_preselects_those_starting_with_2_and_sthr_by_name()
    {
        var divisions = SiecleMapping.Divisions(Export);

        Assert.Equal(
            [new DivisionInfo("1G1", 1, "20111010110"), new DivisionInfo("2NDE1", 3, "20010018110"), new DivisionInfo("2NDE2", 2, "20010018110"), new DivisionInfo("2STHR", 1, "20010019110")],
            divisions);
        Assert.Equal(["2NDE1", "2NDE2", "2STHR"], SiecleMapping.DefaultChoice(divisions).Imported.Order());
        Assert.Equal(["2STHR"], SiecleMapping.DefaultChoice(divisions).Sthr);
    }

    [Fact]
    public void Maps_chosen_students_with_cleaned_values_and_sets_aside_the_others()
    {
        var (records, sightings) = SiecleMapping.Students(Export, Choice(["2NDE1", "2NDE2", "2STHR"], "2STHR"));

        Assert.Equal(["1001", "1002", "1003", "1006", "1007"], records.Select(r => r.SiecleId));
        var lea = records[0];
        Assert.Equal(("DUPONT", "Léa", new DateOnly(2011, 3, 14), "2NDE1", "1234567890A", "0612345678", "lea.dupont@exemple.fr"),
            (lea.LastName, lea.FirstName, lea.BirthDate, lea.ClassCode, lea.Ine, lea.Phone, lea.Email));
        Assert.Equal(new AddressValue("12 rue de l'Église, Bâtiment B", "94000", "CRÉTEIL"), lea.Address);
        Assert.False(lea.IsSthr);
        Assert.Null(records[1].Ine);
        Assert.Equal("CŒUR", records[1].LastName);
        Assert.Equal(("N'DIAYE", "0711223344"), (records[2].LastName, records[2].Phone));
        Assert.Equal(new AddressValue("Rue Haute 5", "1000", "BRUXELLES (BELGIQUE)"), records[2].Address);
        Assert.True(records[3].IsSthr);
        Assert.Equal("D'ALMEIDA", records[3].LastName);
        Assert.Equal("LEFÈVRE-ROUX", records[4].LastName);

        Assert.Equal(3, sightings.Count);
        var left = sightings.Single(s => s.SiecleId == "1004");
        Assert.Equal(new DateOnly(2026, 11, 3), left.LeftOn);
        Assert.Equal("Division 1G1 non retenue.", sightings.Single(s => s.SiecleId == "1005").Entry.Reason);
        var rejected = sightings.Single(s => s.SiecleId == "1008").Entry;
        Assert.Equal((ImportOutcome.Reject, "DATE_NAISS"), (rejected.Outcome, rejected.Field));
        Assert.Equal("Date de naissance « 31/02/2011 » illisible (attendu JJ/MM/AAAA).", rejected.Reason);
        Assert.StartsWith("élève 1008 (ligne ", rejected.Where);
    }

    [Fact]
    public void The_export_without_addresses_leaves_addresses_alone()
    {
        var export = SiecleParser.ParseStudents(new MemoryStream(SiecleExport.Students("0940001X", SiecleSamples.Students())));

        var (records, _) = SiecleMapping.Students(export, Choice(["2NDE1"]));

        Assert.All(records, r => Assert.Null(r.Address));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Maps_guardians_of_both_models_to_the_same_records(bool legacy)
    {
        var export = SiecleParser.ParseGuardians(new MemoryStream(SiecleSamples.Guardians("0940001X", legacy)));

        var (links, rejections) = SiecleMapping.Guardians(export);

        Assert.Empty(rejections);
        Assert.Equal(["P1", "P2", "P3", "P4", "P6"], links.Select(l => l.Guardian.SiecleId)); // P5 is the student himself (70)
        var mother = links[0].Guardian;
        Assert.Equal((GuardianRelationship.Mother, true, "0698765432", "camille.dupont@exemple.fr"), (mother.Relationship, mother.IsLegalGuardian!.Value, mother.MobilePhone, mother.Email));
        Assert.Equal("12 rue de l'Église, Bâtiment B", mother.Address!.Line);
        var father = links[1].Guardian;
        Assert.Equal((GuardianRelationship.Father, true, "0143000000", (string?)null), (father.Relationship, father.IsLegalGuardian!.Value, father.HomePhone, father.MobilePhone));
        var grandmother = links[3].Guardian;
        Assert.Equal((GuardianRelationship.Other, false, "CŒUR"), (grandmother.Relationship, grandmother.IsLegalGuardian!.Value, grandmother.LastName));
    }

    [Fact]
    public void Levels_2_and_3_are_not_legal_guardians_and_unknown_codes_are_other()
    {
        static SiecleGuardianLink Link(string? level, string? resp) => new(1, "1", "P", "10", level, resp);

        Assert.True(SiecleMapping.IsLegalGuardian(Link("1", null)));
        Assert.False(SiecleMapping.IsLegalGuardian(Link("2", null)));
        Assert.False(SiecleMapping.IsLegalGuardian(Link("3", "1")));
        Assert.True(SiecleMapping.IsLegalGuardian(Link(null, "2")));
        Assert.False(SiecleMapping.IsLegalGuardian(Link(null, "0")));
        Assert.False(SiecleMapping.IsLegalGuardian(Link(null, null)));
        Assert.Equal(GuardianRelationship.LegalTutor, SiecleMapping.Relationship("50"));
        Assert.Equal(GuardianRelationship.Other, SiecleMapping.Relationship("41"));
    }

    [Theory]
    [InlineData("+33 6 12 34 56 78", "0612345678")]
    [InlineData("06.12.34.56.78", "0612345678")]
    [InlineData("0612345678", "0612345678")]
    [InlineData("+32 2 555 12 34", "+3225551234")]
    [InlineData("0032 2 555 12 34", "+3225551234")]
    public void Phone_numbers_are_normalised(string raw, string expected) =>
        Assert.Equal(expected, ImportValues.Phone(raw).Value);

    [Fact]
    public void A_phone_that_is_no_number_is_invalid() =>
        Assert.True(ImportValues.Phone("pas de téléphone").Invalid);
}
