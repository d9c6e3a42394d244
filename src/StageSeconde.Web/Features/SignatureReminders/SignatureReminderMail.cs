namespace StageSeconde.Web.Features.SignatureReminders;

/// <summary>The reminder to a party who has not signed yet: the same link when it can be shown again, else ask the lycée.</summary>
public static class SignatureReminderMail
{
    public sealed record About(string SignerName, string StudentName, string HostName, DateOnly FirstDay, DateOnly LastDay, string SchoolName,
        string? SchoolPhone, string? SchoolEmail, string? Link, DateTime? LinkExpiresAt);

    public static string Subject(About about) => $"Rappel : la convention de stage de {about.StudentName} attend votre signature";

    public static string Body(About about)
    {
        var contact = string.Join(", ", new[] { about.SchoolPhone, about.SchoolEmail }.Where(c => !string.IsNullOrWhiteSpace(c)));
        var lines = new List<string>
        {
            $"Bonjour {about.SignerName},",
            "",
            $"La convention de stage d'observation de {about.StudentName} chez {about.HostName}, du {Domain.FrenchTime.Date(about.FirstDay)} au {Domain.FrenchTime.Date(about.LastDay)}, attend toujours votre signature.",
            "",
        };
        if (about.Link is not null)
        {
            lines.Add("Pour la lire et la signer en ligne, ouvrez ce lien personnel (ne le transmettez pas) :");
            lines.Add(about.Link);
            if (about.LinkExpiresAt is { } expires)
                lines.Add($"Il est valable jusqu'au {Infrastructure.ParisTime.FormatParis(expires)}.");
        }
        else
        {
            lines.Add($"Pour recevoir de nouveau votre lien de signature, adressez-vous au lycée ({about.SchoolName}{(contact.Length > 0 ? " : " + contact : "")}).");
        }
        lines.Add("");
        lines.Add("Si vous ne souhaitez pas signer, vous pouvez l'indiquer depuis la même page, avec votre motif.");
        lines.Add("");
        lines.Add($"{about.SchoolName}");
        lines.Add("Ce message est envoyé automatiquement ; merci de ne pas y répondre.");
        return string.Join("\n", lines);
    }
}
