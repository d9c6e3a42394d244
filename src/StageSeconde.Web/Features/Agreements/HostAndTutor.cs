using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Features.Hosts;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.Agreements;

/// <summary>The host and the tutor a convention form names: chosen in the lists (tracked), or new ones created with the convention.</summary>
public sealed record HostAndTutor(HostOrganisation Host, Tutor Tutor)
{
    public const string DuplicateSiretMessage = "Ce SIRET vient d'être enregistré par ailleurs : choisissez cette structure dans la liste.";

    /// <summary>The host and the tutor of a valid form; null, with a form error, when one was deleted meanwhile.</summary>
    public static async Task<HostAndTutor?> FromFormAsync(AppDbContext db, AgreementForm form, ModelStateDictionary modelState, CancellationToken ct)
    {
        HostOrganisation? host;
        if (form.CreatesHost)
        {
            host = form.NewHost.ToHost();
            db.HostOrganisations.Add(host);
        }
        else
        {
            host = await db.HostOrganisations.FirstOrDefaultAsync(h => h.Id == form.HostId, ct);
        }

        Tutor? tutor = null;
        if (host is not null && form.CreatesTutor)
        {
            tutor = form.NewTutor.AddTo(host);
            db.Tutors.Add(tutor);
        }
        else if (host is not null)
        {
            tutor = await db.Tutors.FirstOrDefaultAsync(t => t.Id == form.TutorId && t.HostOrganisationId == host.Id, ct);
        }

        if (host is not null && tutor is not null) return new HostAndTutor(host, tutor);
        modelState.AddModelError("", SafeSave.RefusedMessage);
        return null;
    }

    /// <summary>A host or tutor created with the convention has no id yet: link them so that one save writes all three.</summary>
    public void LinkNewTo(AppDbContext db, Agreement agreement)
    {
        if (db.Entry(Host).State == EntityState.Added) db.Entry(agreement).Reference(a => a.HostOrganisation).CurrentValue = Host;
        if (db.Entry(Tutor).State == EntityState.Added) db.Entry(agreement).Reference(a => a.Tutor).CurrentValue = Tutor;
    }

    /// <summary>Why saving new conventions was refused: the new host's SIRET saved meanwhile by someone else, or another change.</summary>
    public static async Task AddSaveErrorAsync(AppDbContext db, AgreementForm form, ModelStateDictionary modelState, CancellationToken ct)
    {
        if (form.CreatesHost && await db.HostWithSiretAsync(form.NewHost.Siret, null, ct) is not null)
            modelState.AddModelError(FormModel.Field("NewHost.Siret"), DuplicateSiretMessage);
        else
            modelState.AddModelError("", SafeSave.RefusedMessage);
    }
}
