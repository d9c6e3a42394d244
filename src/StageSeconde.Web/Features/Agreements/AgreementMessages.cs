using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.Agreements;

/// <summary>What the conventions' pages tell the user when a convention cannot be touched, in French.</summary>
public static class AgreementMessages
{
    public const string NoYear = "Aucune année scolaire n'est ouverte : l'administrateur doit d'abord l'ouvrir (Établissement › Année scolaire).";

    /// <summary>A button or a small form sent from a page showing another version of the convention.</summary>
    public static string ChangedMeanwhile(AgreementState now) =>
        $"Cette convention a changé depuis l'affichage de la page (elle est maintenant « {now.Label()} ») : rien n'a été refait.";

    /// <summary>A completed or cancelled convention cannot be changed any more.</summary>
    public static string Closed(AgreementState state) => state == AgreementState.Cancelled
        ? "Cette convention est annulée : elle ne peut plus être modifiée."
        : "Cette convention est terminée : elle ne peut plus être modifiée.";
}
