namespace StageSeconde.BrowserTests.Browser;

/// <summary>A test that drives Chromium: skipped, with its reason, on a developer machine without Chromium; never skipped on CI.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (BrowserEnvironment.SkipReason is { } reason) Skip = reason;
    }
}

/// <summary>The <see cref="BrowserFactAttribute"/> of data-driven tests.</summary>
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute()
    {
        if (BrowserEnvironment.SkipReason is { } reason) Skip = reason;
    }
}
