using System.Globalization;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure;
using StageSeconde.Web.Infrastructure.Pdf;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.PupilFile;

/// <summary>The pupil's file as a PDF (issue 13, right of access): one section per kind of data, in the order of the JSON file.</summary>
public static class PupilFileDocument
{
    public const string Title = "Dossier de l’élève – données personnelles";

    /// <summary>The sections' headings, in order: the PDF shows each one, even when empty (« Aucune donnée. »).</summary>
    public static readonly IReadOnlyList<string> Sections =
    [
        "Identité et classe", "Responsables", "Conventions", "Déclarations de situation", "Absences", "Suivi",
        "Programme au lycée", "Journal des accès",
    ];

    private const string None = "Aucune donnée.";

    public static string FileName(int studentId, string extension) => string.Create(CultureInfo.InvariantCulture, $"dossier-eleve-{studentId}.{extension}");

    public static PdfDocumentBuilder Compose(PupilFileModel m)
    {
        var p = m.Identity;
        var doc = new PdfDocumentBuilder(new DocumentIdentity(m.School.Name, m.School.Uai, string.Create(CultureInfo.InvariantCulture, $"Dossier élève n° {p.Id}"),
            DateOnly.FromDateTime(m.GeneratedAt.ToParis()), Title));
        doc.Heading(Title);
        doc.Paragraph($"Toutes les données que StageSeconde conserve sur {PersonName.FirstLast(p.FirstName, p.LastName)} et ses responsables, "
                      + $"extraites le {m.GeneratedAt.FormatParis()} à la demande de l’intéressé (droit d’accès, article 15 du RGPD).");

        doc.Heading(Sections[0], level: 2);
        doc.KeyValues(
        [
            ("Nom", p.LastName), ("Prénom", p.FirstName), ("Date de naissance", p.BirthDate.FormatFrench()), ("INE", p.Ine ?? "—"),
            ("Identifiant SIECLE", p.SiecleId ?? "—"), ("Classe", string.IsNullOrEmpty(p.ClassLabel) ? p.ClassCode : $"{p.ClassCode} – {p.ClassLabel}"),
            ("Série STHR", p.IsSthr ? "oui" : "non"), ("Adresse", Join(p.AddressLine, p.PostalCode, p.City)), ("Adresse électronique", p.Email ?? "—"),
            ("Téléphone", p.Phone ?? "—"), ("Départ", p.LeftOn?.FormatFrench() ?? "—"), ("Fiche créée", $"{p.CreatedAt.FormatParis()} par {p.CreatedBy}"),
            ("Dernière modification", $"{p.UpdatedAt.FormatParis()} par {p.UpdatedBy}"), ("Anonymisée", p.AnonymisedAt?.FormatParis() ?? "non"),
        ], labelWidth: 0.3);

        doc.Heading(Sections[1], level: 2);
        if (m.Guardians.Count == 0) doc.Paragraph(None);
        foreach (var g in m.Guardians)
        {
            doc.KeyValues(
            [
                ("Responsable", $"{PersonName.FirstLast(g.FirstName, g.LastName)} ({g.Relationship.Label()}{(g.IsLegalGuardian ? ", responsable légal" : "")})"),
                ("Coordonnées", Join(g.Email, g.MobilePhone, g.HomePhone)), ("Adresse", Join(g.AddressLine, g.PostalCode, g.City)),
                ("Identifiant SIECLE", g.SiecleId ?? "—"), ("Dernière modification", $"{g.UpdatedAt.FormatParis()} par {g.UpdatedBy}"),
            ], labelWidth: 0.3);
        }

        doc.Heading(Sections[2], level: 2);
        if (m.Agreements.Count == 0) doc.Paragraph(None);
        foreach (var a in m.Agreements)
        {
            doc.Heading(string.Create(CultureInfo.InvariantCulture, $"Convention n° {a.Id} – {a.State.Label()}"), level: 3);
            doc.KeyValues(
            [
                ("Dates", $"du {a.FirstDay.FormatFrench()} au {a.LastDay.FormatFrench()}"), ("Structure", a.Host), ("Tuteur", a.Tutor),
                ("Professeur référent", a.ReferentTeacher ?? "—"), ("Activités prévues", Or(a.PlannedActivities)), ("PAI", a.HasPai ? "oui" : "non"),
                ("Remarques", Or(a.Remarks)), ("Motif de refus", Or(a.RefusalReason)), ("Motif d’annulation", Or(a.CancellationReason)),
            ], labelWidth: 0.3);
            doc.Table([new("Date", 0.22), new("État", 0.2), new("Par", 0.28), new("Commentaire", 0.3)],
                a.History.Select(t => (IReadOnlyList<string>)[t.At.FormatParis(), t.To.Label(), t.By, Or(t.Comment)]));
            if (a.Signatures.Count > 0)
                doc.Table([new("Signataire", 0.2), new("Le", 0.13), new("Mode", 0.12), new("Preuve", 0.55)],
                    a.Signatures.Select(s => (IReadOnlyList<string>)[s.Party.Label(), s.SignedOn.FormatFrench(), s.Mode.Label(),
                        s.Mode == SignatureMode.Electronic ? $"{Or(s.SignerName)}, {Or(s.SignerEmail)}, IP {Or(s.IpAddress)}, {Or(s.UserAgent)}, SHA-256 {Or(s.DocumentSha256)}" : $"enregistrée par {s.RecordedBy}"]));
        }

        doc.Heading(Sections[3], level: 2);
        if (m.Declarations.Count == 0) doc.Paragraph(None);
        else doc.Table([new("Date", 0.22), new("Situation", 0.3), new("Par", 0.2), new("Note", 0.28)],
            m.Declarations.Select(d => (IReadOnlyList<string>)[d.DeclaredAt.FormatParis(), d.Kind.Label(), d.DeclaredBy, Or(d.Note)]));

        doc.Heading(Sections[4], level: 2);
        if (m.Absences.Count == 0) doc.Paragraph(None);
        foreach (var a in m.Absences)
        {
            doc.KeyValues(
            [
                ("Absence", $"{a.Day.FormatFrench()} – {a.Kind.Label()} – {a.Part.Label()}"), ("Précisions", Or(a.Details)),
                ("Signalée", a.ReportedAt.FormatParis()), ("Prise en compte", a.AcknowledgedAt is { } ack ? $"{ack.FormatParis()} par {a.AcknowledgedBy}" : "—"),
                ("Famille informée", a.FamilyInformedAt is { } fam ? $"{fam.FormatParis()} par {a.FamilyInformedBy} ({a.FamilyContactMethod?.Label()}, {Or(a.FamilyPersonReached)}) {Or(a.FamilyContactOutcome)}" : "—"),
                ("Justification", a.Justified is { } j ? (j ? "justifiée" : "non justifiée") + (a.JustificationReason is { } r ? $" : {r}" : "") : "—"),
                ("Justificatif", Or(a.DocumentFileName)),
                ("Signalements", a.Reports.Count == 0 ? "—" : string.Join(" ; ", a.Reports.Select(r => $"{r.ReportedAt.FormatParis()}, {r.Source.Label()}, {r.Reporter}{(r.Comment is null ? "" : " : " + r.Comment)}"))),
            ], labelWidth: 0.3);
        }

        doc.Heading(Sections[5], level: 2);
        if (m.FollowUp.Count == 0) doc.Paragraph(None);
        else doc.Table([new("Date", 0.22), new("Moyen", 0.18), new("Par", 0.25), new("Note", 0.35)],
            m.FollowUp.Select(f => (IReadOnlyList<string>)[f.At.FormatParis(), f.Method.Label(), f.By, Or(f.Note)]));

        doc.Heading(Sections[6], level: 2);
        if (m.ProgrammeEnrolments.Count == 0 && m.ProgrammeAttendance.Count == 0) doc.Paragraph(None);
        if (m.ProgrammeEnrolments.Count > 0)
            doc.Table([new("Semaine", 0.15), new("Inscrit le", 0.25), new("Par", 0.25), new("Sorti", 0.35)],
                m.ProgrammeEnrolments.Select(e => (IReadOnlyList<string>)[e.Week.ToString(CultureInfo.InvariantCulture), e.EnrolledAt.FormatParis(), e.EnrolledBy,
                    e.LeftAt is { } left ? $"{left.FormatParis()} {Or(e.LeftReason)}" : "—"]));
        if (m.ProgrammeAttendance.Count > 0)
            doc.Table([new("Demi-journée", 0.3), new("Présence", 0.2), new("Appel", 0.5)],
                m.ProgrammeAttendance.Select(a => (IReadOnlyList<string>)[$"{a.Date.FormatFrench()} {(a.Afternoon ? "après-midi" : "matin")}", a.Present ? "présent" : "absent",
                    $"{a.RecordedAt.FormatParis()} par {a.RecordedBy}"]));

        doc.Heading(Sections[7], level: 2);
        if (m.AuditLog.Count == 0) doc.Paragraph(None);
        else doc.Table([new("Date", 0.22), new("Utilisateur", 0.3), new("Action", 0.48)],
            m.AuditLog.Select(l => (IReadOnlyList<string>)[l.At.FormatParis(), l.UserName, $"{l.Kind.Label()}{(l.Target is null ? "" : " – " + l.Target)}"]));
        return doc;
    }

    private static string Or(string? text) => string.IsNullOrWhiteSpace(text) ? "—" : text;

    private static string Join(params string?[] parts) =>
        parts.Where(p => !string.IsNullOrWhiteSpace(p)).ToList() is { Count: > 0 } list ? string.Join(", ", list) : "—";
}
