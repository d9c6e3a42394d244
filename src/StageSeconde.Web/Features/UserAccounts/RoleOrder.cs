using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Features.UserAccounts;

/// <summary>Roles shown in the order of <see cref="Roles.All"/>, whatever order the database returns them in.</summary>
public static class RoleOrder
{
    public static IReadOnlyList<string> Sort(IEnumerable<string> roles) => roles.OrderBy(Rank).ToList();

    /// <summary>The roles' French titles, in order, for a message ("Direction, Secrétariat").</summary>
    public static string Titles(IEnumerable<string> roles) => string.Join(", ", Sort(roles.Distinct()).Select(Roles.Title));

    private static int Rank(string role)
    {
        for (var i = 0; i < Roles.All.Count; i++)
            if (Roles.All[i] == role) return i;
        return int.MaxValue;
    }
}
