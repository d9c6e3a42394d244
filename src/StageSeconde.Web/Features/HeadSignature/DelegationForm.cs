using FluentValidation;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure;

namespace StageSeconde.Web.Features.HeadSignature;

/// <summary>The administrator's delegation of the head's signature to a Direction account, for a period.</summary>
public sealed class DelegationForm
{
    public string? UserId { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
}

public sealed class DelegationFormValidator : AbstractValidator<DelegationForm>
{
    public DelegationFormValidator(AppDbContext db, TimeProvider clock)
    {
        RuleFor(f => f.UserId).NotEmpty().WithMessage("Adjoint : choisissez un compte de la direction.")
            .MustAsync((id, ct) => DirectionAccounts.Query(db).AnyAsync(a => a.Id == id, ct))
            .When(f => !string.IsNullOrEmpty(f.UserId))
            .WithMessage("Adjoint : choisissez un compte de la direction de l'établissement.");
        RuleFor(f => f.From).NotNull().WithMessage("Début : ce champ est obligatoire.");
        RuleFor(f => f.To).NotNull().WithMessage("Fin : ce champ est obligatoire.")
            .GreaterThanOrEqualTo(f => f.From).When(f => f.From is not null).WithMessage("Fin : la fin ne peut pas précéder le début.")
            .Must(to => to >= clock.TodayInParis()).WithMessage("Fin : une délégation ne peut pas finir dans le passé.");
    }
}

/// <summary>The school's Direction accounts (the filter on the school is the context's), active ones first.</summary>
public static class DirectionAccounts
{
    public sealed record Account(string Id, string Name, string Email);

    public static IQueryable<ApplicationUser> Query(AppDbContext db) =>
        db.Users.Where(u => u.SchoolId == db.CurrentSchoolId
                            && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.Direction)));

    public static async Task<IReadOnlyList<Account>> ListAsync(AppDbContext db, CancellationToken ct) =>
        (await Query(db).AsNoTracking().OrderBy(u => u.DisplayName).Select(u => new { u.Id, u.DisplayName, u.Email, u.LockoutEnd }).ToListAsync(ct))
        .Where(u => !AccountStatuses.IsDeactivation(u.LockoutEnd))
        .Select(u => new Account(u.Id, u.DisplayName, u.Email ?? "")).ToList();
}
