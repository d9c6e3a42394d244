using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;
using StageSeconde.Tests.Support;

namespace StageSeconde.FunctionalTests.Features.Validation;

/// <summary>
/// Counts the SQL commands EF Core runs on one test application's database (a SQLite file or a PostgreSQL database: each
/// test application has its own, so tests of other classes running meanwhile do not count).
/// </summary>
public sealed class SqlCommandCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly string? _databasePath;
    private readonly string? _postgresDatabase;
    private readonly IDisposable _subscription;
    private readonly ConcurrentBag<IDisposable> _listeners = [];
    private int _count;

    public SqlCommandCounter(TestApp app)
    {
        if (app.PostgresConnectionString is { } postgres) _postgresDatabase = new NpgsqlConnectionStringBuilder(postgres).Database;
        else _databasePath = Path.GetFullPath(app.DatabasePath);
        _subscription = DiagnosticListener.AllListeners.Subscribe(this);
    }

    public int Count => Volatile.Read(ref _count);

    public void Reset() => Interlocked.Exchange(ref _count, 0);

    void IObserver<DiagnosticListener>.OnNext(DiagnosticListener listener)
    {
        if (listener.Name == DbLoggerCategory.Name) _listeners.Add(listener.Subscribe(this));
    }

    void IObserver<KeyValuePair<string, object?>>.OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == RelationalEventId.CommandExecuted.Name && value.Value is CommandExecutedEventData { Command: DbCommand command } &&
            IsOurs(command.Connection))
            Interlocked.Increment(ref _count);
    }

    private bool IsOurs(DbConnection? connection) =>
        _postgresDatabase is not null
            ? connection?.Database == _postgresDatabase
            : connection?.DataSource is { } source && Path.GetFullPath(source) == _databasePath;

    void IObserver<DiagnosticListener>.OnCompleted() { }
    void IObserver<DiagnosticListener>.OnError(Exception error) { }
    void IObserver<KeyValuePair<string, object?>>.OnCompleted() { }
    void IObserver<KeyValuePair<string, object?>>.OnError(Exception error) { }

    public void Dispose()
    {
        _subscription.Dispose();
        foreach (var listener in _listeners) listener.Dispose();
    }
}
