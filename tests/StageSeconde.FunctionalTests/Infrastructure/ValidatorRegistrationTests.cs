using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Features.Agreements;
using StageSeconde.Web.Features.Students;

namespace StageSeconde.FunctionalTests.Infrastructure;

/// <summary>
/// Validators that read the database take the request's <c>AppDbContext</c>: they must be scoped. A singleton would
/// keep the first request's context (another user's school, a disposed connection).
/// </summary>
public sealed class ValidatorRegistrationTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public void Validators_that_use_the_database_live_as_long_as_one_request()
    {
        using var first = app.Services.CreateScope();
        using var second = app.Services.CreateScope();

        AssertScoped<IValidator<AgreementForm>>(first, second);
        AssertScoped<IValidator<StudentFormModel>>(first, second);
    }

    private static void AssertScoped<T>(IServiceScope first, IServiceScope second) where T : class
    {
        var one = first.ServiceProvider.GetRequiredService<T>();
        Assert.Same(one, first.ServiceProvider.GetRequiredService<T>());
        Assert.NotSame(one, second.ServiceProvider.GetRequiredService<T>());
    }
}
