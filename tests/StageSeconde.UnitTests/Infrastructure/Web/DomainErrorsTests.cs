using Microsoft.AspNetCore.Mvc.ModelBinding;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.UnitTests.Infrastructure.Web;

public sealed class DomainErrorsTests
{
    private static IReadOnlyList<(string Key, string Message)> Errors(ModelStateDictionary modelState) =>
        modelState.SelectMany(e => e.Value!.Errors.Select(error => (e.Key, error.ErrorMessage))).ToList();

    [Fact]
    public void An_error_naming_a_field_goes_next_to_that_field_of_the_form()
    {
        var modelState = new ModelStateDictionary();

        modelState.AddDomainError(new DomainException("Le motif de l'annulation est obligatoire.", "Reason"));

        Assert.Equal([("Form.Reason", "Le motif de l'annulation est obligatoire.")], Errors(modelState));
    }

    [Fact]
    public void An_error_naming_no_field_goes_at_the_top_of_the_form()
    {
        var modelState = new ModelStateDictionary();

        modelState.AddDomainError(new DomainException("Seule une convention soumise peut être validée."));

        Assert.Equal([("", "Seule une convention soumise peut être validée.")], Errors(modelState));
    }

    [Theory]
    [InlineData("Terms", "Terms.SignedOn")]
    [InlineData("", "SignedOn")]
    public void The_field_is_under_the_prefix_the_form_is_bound_with(string prefix, string key)
    {
        var modelState = new ModelStateDictionary();

        modelState.AddDomainError(new DomainException("La date de signature ne peut pas être dans le futur.", "SignedOn"), prefix);

        Assert.Equal(key, Assert.Single(Errors(modelState)).Key);
    }
}
