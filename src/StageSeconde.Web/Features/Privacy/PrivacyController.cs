using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using StageSeconde.Web.Features.Retention;

namespace StageSeconde.Web.Features.Privacy;

/// <summary>« Données personnelles » (issue 13): what the application processes, why, on which legal basis, for whom, for how long, whom to ask. Public.</summary>
[AllowAnonymous]
[Route("donnees-personnelles")]
public sealed class PrivacyController(IOptions<PrivacyOptions> privacy, IOptions<RetentionOptions> retention) : Controller
{
    [HttpGet("")]
    public IActionResult Index() => View(new PrivacyPage(privacy.Value, retention.Value));
}

public sealed record PrivacyPage(PrivacyOptions Contact, RetentionOptions Periods);
