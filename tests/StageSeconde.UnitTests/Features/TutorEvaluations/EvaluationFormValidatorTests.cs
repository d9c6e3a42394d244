using StageSeconde.Web.Domain;
using StageSeconde.Web.Features.TutorEvaluations;

namespace StageSeconde.UnitTests.Features.TutorEvaluations;

public sealed class EvaluationFormValidatorTests
{
    private static readonly EvaluationFormValidator Validator = new();

    private static EvaluationForm Complete() => new()
    {
        Observer = SkillLevel.Satisfactory, Communiquer = SkillLevel.Fragile, Comprendre = SkillLevel.VerySatisfactory, SImpliquer = SkillLevel.NotObserved,
        Evaluator = "Hugo Martin",
    };

    [Fact]
    public void A_complete_form_without_comment_is_valid() => Assert.True(Validator.Validate(Complete()).IsValid);

    [Fact]
    public void Each_missing_level_is_named_in_french()
    {
        var form = Complete();
        form.Observer = null;
        form.SImpliquer = null;

        var errors = Validator.Validate(form).Errors.Select(e => e.ErrorMessage).ToList();

        Assert.Equal(["Choisissez un niveau pour « Observer ».", "Choisissez un niveau pour « S'impliquer »."], errors);
    }

    [Fact]
    public void A_level_outside_the_scale_and_a_missing_name_are_refused()
    {
        var form = Complete();
        form.Comprendre = (SkillLevel)5;
        form.Evaluator = "";

        var errors = Validator.Validate(form).Errors.Select(e => e.ErrorMessage).ToList();

        Assert.Contains("Choisissez un niveau dans la liste.", errors);
        Assert.Contains("Indiquez le nom de la personne qui évalue.", errors);
    }
}
