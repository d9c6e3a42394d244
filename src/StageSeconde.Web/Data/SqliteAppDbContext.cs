using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Infrastructure.Security;

namespace StageSeconde.Web.Data;

public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options, ICurrentUser currentUser)
    : AppDbContext(options, currentUser);
