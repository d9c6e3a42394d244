namespace StageSeconde.Web.Features.SignatureReminders;

/// <summary>
/// The reminder to a party whose link can no longer be shown again (its token cannot be decrypted): ask the lycée for a
/// new link. The usual reminder, with the link, is the collection's (<see cref="OnlineSignatures.SignatureMail"/>).
/// </summary>
public static class SignatureReminderMail
{
    public sealed record About(string SignerName, string StudentName, string HostName, DateOnly FirstDay, DateOnly LastDay, string SchoolName,
        string? SchoolPhone, string? SchoolEmail);

    public static string Subject(About about) => $"Rappel – {about.SchoolName} : la convention de stage de {about.StudentName} attend votre signature";

    public static string Body(About about)
    {
        var contact = string.Join(", ", new[] { about.SchoolPhone, about.SchoolEmail }.Where(c => !string.IsNullOrWhiteSpace(c)));
        return string.Join("\n",
            $"Bonjour {about.SignerName},",
            "",
            $"La convention de stage d'observation de {about.StudentName} chez {about.HostName}, du {Domain.FrenchTime.Date(about.FirstDay)} au {Domain.FrenchTime.Date(about.LastDay)}, attend toujours votre signature.",
            "",
            $"Votre lien de signature ne peut pas vous être renvoyé : demandez-en un nouveau au lycée ({about.SchoolName}{(contact.Length > 0 ? " : " + contact : "")}).",
            "",
            about.SchoolName,
            "Ce message est envoyé automatiquement ; merci de ne pas y répondre.");
    }
}
