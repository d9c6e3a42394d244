using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.UnitTests.Infrastructure;

public sealed class EnumLabelsTests
{
    [Fact]
    public void Every_agreement_enumeration_value_has_a_french_label()
    {
        var untranslated = Enum.GetValues<AgreementState>().Select(v => (v.ToString(), v.Label()))
            .Concat(Enum.GetValues<PeriodOption>().Select(v => (v.ToString(), v.Label())))
            .Concat(Enum.GetValues<SignatureParty>().Select(v => (v.ToString(), v.Label())))
            .Concat(Enum.GetValues<SignatureMode>().Select(v => (v.ToString(), v.Label())))
            .Concat(Enum.GetValues<Coverage>().Select(v => (v.ToString(), v.Label())))
            .Where(pair => pair.Item1 == pair.Item2);

        Assert.Empty(untranslated);
    }

    [Fact]
    public void Agreement_states_read_as_in_the_design() =>
        Assert.Equal(
            ["Brouillon", "Soumise", "Validée", "Refusée", "En signature", "Signée", "Terminée", "Annulée"],
            Enum.GetValues<AgreementState>().Select(s => s.Label()));

    [Fact]
    public void Target_skills_are_labelled_one_by_one_in_the_annexes_order()
    {
        Assert.Equal("S'impliquer", TargetSkills.SImpliquer.Label());
        Assert.Equal(["Observer", "Communiquer", "Comprendre", "S'impliquer"], TargetSkills.All.Labels());
        Assert.Equal("Observer, Comprendre", (TargetSkills.Observer | TargetSkills.Comprendre).Label());
        Assert.Empty(TargetSkills.None.Labels());
    }
}
