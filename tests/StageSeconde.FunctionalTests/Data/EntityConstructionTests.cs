using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;

namespace StageSeconde.FunctionalTests.Data;

/// <summary>
/// Master data is read back through the entities' private parameterless constructors: loading a record never runs the guards
/// and normalisation of the public constructors (which would refuse, or silently rewrite, what is stored).
/// </summary>
public sealed class EntityConstructionTests(TestApp app) : IClassFixture<TestApp>
{
    [Theory]
    [InlineData(typeof(Student))]
    [InlineData(typeof(HostOrganisation))]
    [InlineData(typeof(Tutor))]
    [InlineData(typeof(StaffMember))]
    [InlineData(typeof(SchoolClass))]
    [InlineData(typeof(SchoolYear))]
    public async Task Records_are_materialised_without_the_guarded_constructors(Type entity)
    {
        var parameters = await app.WithDbAsync(db =>
        {
            // The runtime model's binding: public on the runtime entity type, not on the read-only interface.
            var type = db.Model.FindEntityType(entity)!;
            dynamic binding = type.GetType().GetProperty("ConstructorBinding")!.GetValue(type)!;
            return Task.FromResult((int)binding.ParameterBindings.Count);
        });

        Assert.Equal(0, parameters);
    }
}
