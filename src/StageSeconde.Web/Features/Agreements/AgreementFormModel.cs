using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Features.Agreements;

/// <summary>
/// The convention form's page: <paramref name="Id"/> null for a new convention, <paramref name="Student"/> null for a group
/// hosting (the students are chosen beside it). <paramref name="State"/> and <paramref name="Signatures"/> tell an edit after
/// validation (a reason is required; the convention goes back to validation and its signatures are cleared).
/// </summary>
public sealed record AgreementFormModel(int? Id, StudentSummary? Student, AgreementForm Form, AgreementChoices Choices, AgreementState State = AgreementState.Draft, int Signatures = 0)
{
    public bool IsNew => Id is null;

    /// <summary>
    /// The page of <paramref name="form"/>, for a new convention (<paramref name="agreement"/> null) or an edit; after a refused
    /// save it shows the state and signatures the user saw (<paramref name="stateShown"/>, <paramref name="signaturesShown"/>).
    /// </summary>
    public static async Task<AgreementFormModel> LoadAsync(AppDbContext db, Agreement? agreement, StudentSummary student, AgreementForm form, YearWeeks year,
        CancellationToken ct, AgreementState? stateShown = null, int? signaturesShown = null)
    {
        var choices = await AgreementChoices.LoadAsync(db, year, agreement?.HostOrganisationId, agreement?.ReferentTeacherId, ct);
        return agreement is null
            ? new AgreementFormModel(null, student, form, choices)
            : new AgreementFormModel(agreement.Id, student, form, choices, stateShown ?? agreement.State, signaturesShown ?? agreement.Signatures.Count);
    }
    public bool EditRequiresValidation => !IsNew && RequiresValidationAgain(State);

    /// <summary>A change of a convention in this state sends it back to the Direction's validation.</summary>
    public static bool RequiresValidationAgain(AgreementState state) =>
        state is AgreementState.Validated or AgreementState.InSignature or AgreementState.Signed;
}
