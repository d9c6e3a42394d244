using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using StageSeconde.Web.Infrastructure.Security;

namespace StageSeconde.Web.Data;

/// <summary>A context of the same provider and options as <paramref name="db"/>, scoped to one school (its query filters see that school).</summary>
public static class SchoolScopedContext
{
    public static AppDbContext ForSchool(this AppDbContext db, int schoolId, string userName) =>
        (AppDbContext)Activator.CreateInstance(db.GetType(), db.GetService<IDbContextOptions>(), new SchoolScopedUser(schoolId, userName))!;
}
