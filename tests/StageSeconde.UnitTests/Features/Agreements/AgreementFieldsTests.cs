using StageSeconde.Web.Domain;
using StageSeconde.Web.Features.Agreements;
using StageSeconde.Web.Features.Signatures;
using StageSeconde.Web.Features.Validation;

namespace StageSeconde.UnitTests.Features.Agreements;

/// <summary>The fields the domain's errors name are the properties of the forms that show them.</summary>
public sealed class AgreementFieldsTests
{
    [Fact]
    public void Every_field_a_rule_names_is_a_property_of_the_form_asking_for_it()
    {
        Assert.Equal(nameof(AgreementForm.Reason), AgreementFields.Reason);
        Assert.Equal(nameof(CancelForm.Reason), AgreementFields.Reason);
        Assert.Equal(nameof(RefusalForm.Reason), AgreementFields.Reason);
        Assert.Equal(nameof(AgreementForm.HostId), AgreementFields.HostId);
        Assert.Equal(nameof(AgreementForm.TutorId), AgreementFields.TutorId);
        Assert.Equal(nameof(AgreementForm.PlannedActivities), AgreementFields.PlannedActivities);
        Assert.Equal(nameof(SignatureForm.SignedOn), AgreementFields.SignedOn);
        Assert.Equal(nameof(SignatureForm.GuardianId), AgreementFields.GuardianId);
    }
}
