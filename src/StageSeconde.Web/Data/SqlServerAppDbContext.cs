using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Infrastructure.Security;

namespace StageSeconde.Web.Data;

public sealed class SqlServerAppDbContext(DbContextOptions<SqlServerAppDbContext> options, ICurrentUser currentUser)
    : AppDbContext(options, currentUser);
