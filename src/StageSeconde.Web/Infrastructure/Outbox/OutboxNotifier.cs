using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Infrastructure.Outbox;

/// <summary>
/// Notifies <see cref="OutboxSignal"/> once new outbox messages are in the database: after the save that wrote them, or,
/// when that save is part of a transaction (an absence and its alerts), after the commit — before it, the dispatcher could
/// not see them yet.
/// </summary>
public sealed class OutboxNotifier(OutboxSignal signal) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, object> _written = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        NotifyOutsideTransaction(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        NotifyOutsideTransaction(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => NotifyIfWritten(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        NotifyIfWritten(eventData.Context);
        return Task.CompletedTask;
    }

    private void Note(DbContext? context)
    {
        if (context is not null && context.ChangeTracker.Entries<OutboxMessage>().Any(e => e.State == EntityState.Added))
            _written.AddOrUpdate(context, this);
    }

    private void NotifyOutsideTransaction(DbContext? context)
    {
        if (context?.Database.CurrentTransaction is null) NotifyIfWritten(context);
    }

    private void NotifyIfWritten(DbContext? context)
    {
        if (context is not null && _written.Remove(context)) signal.Notify();
    }
}
