using StageSeconde.Tests.Support;

// The linked test sources live in namespaces under StageSeconde: there, [Fact] and [Theory] name these attributes (an enclosing
// namespace's types come before the file's using directives), which skip every test of this project, with the reason, when
// the PostgreSQL server is unreachable off CI (TestPostgres.SkipReason; never with CI=true).
namespace StageSeconde;

public class FactAttribute : Xunit.FactAttribute
{
    public FactAttribute()
    {
        if (TestPostgres.SkipReason is { } reason) Skip = reason;
    }
}

public class TheoryAttribute : Xunit.TheoryAttribute
{
    public TheoryAttribute()
    {
        if (TestPostgres.SkipReason is { } reason) Skip = reason;
    }
}
