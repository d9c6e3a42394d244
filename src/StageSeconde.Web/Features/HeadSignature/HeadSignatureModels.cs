using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.HeadSignature;

/// <summary>« Conventions à signer »: the page of the list, and whether the reader may sign (else why not).</summary>
public sealed record ToSignModel(PageOf<ToSignRow> Rows, string? Q, SigningRight Right);

/// <summary>The confirmation step: what will be signed, and whether the password must be entered again.</summary>
public sealed record ConfirmModel(IReadOnlyList<ToSignRow> Rows, bool NeedsPassword, SigningRight Right);

public sealed record SignResultModel(IReadOnlyList<SignOutcome> Outcomes)
{
    public IReadOnlyList<SignOutcome> Signed => Outcomes.Where(o => o.Signed).ToList();
    public IReadOnlyList<SignOutcome> NotSigned => Outcomes.Where(o => !o.Signed).ToList();
}
