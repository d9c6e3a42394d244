using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Infrastructure.Security;

namespace StageSeconde.Web.Data;

public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options, ICurrentUser currentUser)
    : AppDbContext(options, currentUser);
