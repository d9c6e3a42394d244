using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Security;

namespace StageSeconde.UnitTests.Data;

/// <summary>What each role alone may see of any pupil (the professeur principal and référent of a pupil: functional tests).</summary>
public sealed class PupilPrivacyTests
{
    private sealed class User(params string[] roles) : ICurrentUser
    {
        public int? SchoolId => 1;
        public int? StaffMemberId => 5;
        public string? UserName => "u@test.fr";
        public bool IsInRole(string role) => roles.Contains(role);
    }

    [Theory]
    [InlineData(Roles.Direction, true, true, true)]
    [InlineData(Roles.Secretariat, true, true, true)]
    [InlineData(Roles.Administrateur, true, true, true)]
    [InlineData(Roles.Cpe, false, true, true)]
    [InlineData(Roles.ProfesseurPrincipal, false, false, false)]
    [InlineData(Roles.Enseignant, false, false, false)]
    [InlineData(Roles.Academie, false, false, false)]
    public void A_role_alone_gives(string role, bool address, bool guardians, bool health) =>
        Assert.Equal(new PrivateDetails(address, guardians, health), PupilPrivacy.ByRole(new User(role)));

    [Fact]
    public void Several_roles_give_the_union()
    {
        Assert.Equal(PrivateDetails.All, PupilPrivacy.ByRole(new User(Roles.Cpe, Roles.Secretariat)));
        Assert.Equal(new PrivateDetails(false, true, true), PupilPrivacy.ByRole(new User(Roles.Enseignant, Roles.Cpe)));
        Assert.True(new PrivateDetails(true, false, false).Or(new PrivateDetails(false, true, true)).Everything);
    }
}
