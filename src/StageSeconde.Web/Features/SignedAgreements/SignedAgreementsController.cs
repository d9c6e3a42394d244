using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using StageSeconde.Web.Data;
using StageSeconde.Web.Infrastructure.Security;

namespace StageSeconde.Web.Features.SignedAgreements;

/// <summary>The sealed PDF of a convention signed online, for the staff who may see the convention (as its printed PDF).</summary>
[Authorize(Policy = Policies.SchoolStaff)]
public sealed class SignedAgreementsController(SignedAgreementArchive archive, AppDbContext db, ICurrentUser currentUser, ILogger<SignedAgreementsController> logger) : Controller
{
    [HttpGet("conventions/{id:int}/convention-signee.pdf")]
    public async Task<IActionResult> Download(int id, CancellationToken ct)
    {
        // Like the printed convention, it carries every private detail of the pupil (docs/matrice-des-roles.md).
        if (!(await db.PrivateDetailsOfAgreementAsync(currentUser, id, ct)).Everything) return Forbid();
        var sealedAgreement = await archive.LatestAsync(id, ct);
        if (sealedAgreement is null) return NotFound();
        var content = archive.Open(sealedAgreement);
        if (content is null)
        {
            logger.LogError("Convention {AgreementId} : le fichier scellé {StoredFileName} manque dans le stockage.", id, sealedAgreement.StoredFileName);
            return NotFound();
        }
        Response.Headers.CacheControl = "no-store";
        return File(content, "application/pdf", FileName(id));
    }

    public static string FileName(int agreementId) => string.Create(CultureInfo.InvariantCulture, $"convention-{agreementId}-signee.pdf");
}
