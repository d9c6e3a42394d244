using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace StageSeconde.FunctionalTests.Features.Validation;

/// <summary>
/// Counts the SQL commands EF Core runs on one SQLite database file (each test application has its own, so tests of
/// other classes running meanwhile do not count).
/// </summary>
public sealed class SqlCommandCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly string _databasePath;
    private readonly IDisposable _subscription;
    private readonly ConcurrentBag<IDisposable> _listeners = [];
    private int _count;

    public SqlCommandCounter(string databasePath)
    {
        _databasePath = Path.GetFullPath(databasePath);
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
            command.Connection?.DataSource is { } source && Path.GetFullPath(source) == _databasePath)
            Interlocked.Increment(ref _count);
    }

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
