using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using StageSeconde.Web.Infrastructure;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;

namespace StageSeconde.FunctionalTests.Features.HeadSignature;

/// <summary>One signing delegation per school, to an adjoint's account, created on first use (for the isolation tests' record routes).</summary>
public static class DelegationRecords
{
    private static readonly ConditionalWeakTable<TestApp, ConcurrentDictionary<int, Lazy<Task<int>>>> Records = new();

    public static int Of(TestApp app, SchoolWorld world) =>
        Records.GetOrCreateValue(app).GetOrAdd(world.School.Id, _ => new Lazy<Task<int>>(() => Task.Run(async () =>
        {
            var email = await app.CreateUserAsync(world.School.Id, Roles.Direction);
            string userId;
            using (var scope = app.Services.CreateScope())
                userId = (await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(email))!.Id;
            var today = DateOnly.FromDateTime(DateTime.UtcNow.ToParis());
            var delegation = await app.AddAsync(new SigningDelegation(world.School.Id, userId, "Adjointe", today, today.AddDays(30),
                new Actor("admin@test", null), DateTimeOffset.UtcNow));
            return delegation.Id;
        }))).Value.GetAwaiter().GetResult();
}
