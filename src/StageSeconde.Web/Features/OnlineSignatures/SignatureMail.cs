using System.Text;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure;

namespace StageSeconde.Web.Features.OnlineSignatures;

/// <summary>Topics of the outbox messages about online signatures.</summary>
public static class SignatureTopics
{
    public const string Link = "signature-link";
    public const string Code = "signature-code";
    public const string NewVersion = "signature-new-version";
    public const string Refusal = "signature-refusal";
    public const string Reminder = "signature-reminder";
}

/// <summary>
/// The e-mails of online signatures, in plain short French: the lycée's name, the pupil's first name, the link and its
/// expiry. The one-time code travels alone, never in the same e-mail as the link.
/// </summary>
public static class SignatureMail
{
    /// <summary>Who and what an e-mail is about.</summary>
    public sealed record About(string SchoolName, string StudentFirstName, string HostName, string SignerName, SignatureParty Party);

    public static string LinkSubject(About about) => $"{about.SchoolName} : convention de stage de {about.StudentFirstName} à signer";

    public static string LinkBody(About about, string url, DateTimeOffset expiresAt, bool reissued, bool reminder = false)
    {
        var text = new StringBuilder();
        if (reminder) text.Append("Rappel : la convention ci-dessous attend toujours votre signature.\n\n");
        text.Append("Bonjour ").Append(about.SignerName).Append(",\n\n");
        if (reissued)
            text.Append("Voici un nouveau lien pour signer la convention du stage d'observation de ").Append(about.StudentFirstName)
                .Append(", élève de seconde au lycée ").Append(about.SchoolName).Append(", chez ").Append(about.HostName).Append(". L'ancien lien ne fonctionne plus.\n\n");
        else
            text.Append("Le lycée ").Append(about.SchoolName).Append(" vous invite à signer en ligne la convention du stage d'observation de ")
                .Append(about.StudentFirstName).Append(", élève de seconde, chez ").Append(about.HostName).Append(".\n\n");
        text.Append("Vous signez en tant que : ").Append(PartyLabel(about.Party)).Append(".\n\n");
        text.Append("Lire et signer la convention :\n").Append(url).Append("\n\n");
        text.Append("Ce lien est personnel et valable jusqu'au ").Append(FrenchTime.Date(DateOnly.FromDateTime(expiresAt.UtcDateTime.ToParis()))).Append(" inclus.\n");
        text.Append("Pour signer, un code à usage unique vous sera envoyé à cette adresse dans un autre message.\n");
        text.Append("Vous pouvez aussi refuser de signer en indiquant pourquoi, ou demander au lycée une convention sur papier.\n\n");
        text.Append(about.SchoolName).Append(" – StageSeconde\n");
        return text.ToString();
    }

    public static string CodeSubject(About about) => $"{about.SchoolName} : votre code de signature";

    public static string CodeBody(About about, string code)
    {
        var text = new StringBuilder();
        text.Append("Bonjour,\n\n");
        text.Append("Votre code pour signer la convention de stage de ").Append(about.StudentFirstName).Append(" : ").Append(code).Append("\n\n");
        text.Append("Il est valable ").Append((int)SignatureCode.Lifetime.TotalMinutes).Append(" minutes. Ne le communiquez à personne : le lycée ne vous le demandera jamais.\n");
        text.Append("Si vous n'avez rien demandé, ignorez ce message.\n\n");
        text.Append(about.SchoolName).Append(" – StageSeconde\n");
        return text.ToString();
    }

    public static string NewVersionSubject(About about) => $"{about.SchoolName} : la convention de stage de {about.StudentFirstName} a été modifiée";

    public static string NewVersionBody(About about, bool hadSigned)
    {
        var text = new StringBuilder();
        text.Append("Bonjour ").Append(about.SignerName).Append(",\n\n");
        text.Append("La convention du stage d'observation de ").Append(about.StudentFirstName).Append(" chez ").Append(about.HostName)
            .Append(" a été modifiée par le lycée ").Append(about.SchoolName).Append(".\n");
        text.Append(hadSigned ? "Votre signature portait sur l'ancienne version : elle n'est plus valable.\n" : "Le lien de signature que vous avez reçu ne fonctionne plus.\n");
        text.Append("Une nouvelle version doit être signée : vous recevrez un nouveau lien dès qu'elle sera validée.\n\n");
        text.Append(about.SchoolName).Append(" – StageSeconde\n");
        return text.ToString();
    }

    public static string RefusalSubject(About about) => $"Signature refusée : convention de {about.StudentFirstName} chez {about.HostName}";

    public static string RefusalBody(About about, string studentFullName, string reason, string agreementUrl)
    {
        var text = new StringBuilder();
        text.Append("Bonjour,\n\n");
        text.Append(about.SignerName).Append(" (").Append(PartyLabel(about.Party)).Append(") a refusé de signer en ligne la convention de ")
            .Append(studentFullName).Append(" chez ").Append(about.HostName).Append(".\n\n");
        text.Append("Motif : ").Append(reason).Append("\n\n");
        text.Append("Voir la convention :\n").Append(agreementUrl).Append("\n\n");
        text.Append("StageSeconde – séquence d'observation de seconde\n");
        return text.ToString();
    }

    public static string ReminderSubject(About about) => $"Rappel – {about.SchoolName} : convention de stage de {about.StudentFirstName} à signer";

    /// <summary>A lowercase party label for sentences (« représentant de la structure d'accueil »).</summary>
    public static string PartyLabel(SignatureParty party) => party switch
    {
        SignatureParty.HostRepresentative => "représentant de la structure d'accueil",
        SignatureParty.Student => "élève",
        SignatureParty.Guardian => "responsable légal de l'élève",
        _ => "chef d'établissement",
    };

    /// <summary>« j***@exemple.fr »: enough for the signer to recognise their address, not enough to learn it.</summary>
    public static string Masked(string email)
    {
        var at = email.IndexOf('@');
        if (at <= 0) return "***";
        return email[0] + "***" + email[at..];
    }
}
