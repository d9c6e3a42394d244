using System.Globalization;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Domain.Programme;
using StageSeconde.Web.Infrastructure;
using StageSeconde.Web.Infrastructure.Pdf;

namespace StageSeconde.Web.Features.Programme.Printing;

/// <summary>
/// The programme's printed documents, drawn from <see cref="ProgrammeSheets"/>: the timetable of a group, of a pupil (handed
/// to the family, with whom to call), of a supervisor and of a room; the attendance sheet of a group's half-day.
/// </summary>
public static class ProgrammeDocuments
{
    private const string Nbsp = "\u00A0";
    private const string Box = "\u25A1";
    private const string NotProvided = "non renseigné";

    private static readonly TableColumn[] GroupColumns = [new("Jour", 0.17), new("Horaires", 0.2), new("Activité", 0.27), new("Lieu", 0.14), new("Encadrant", 0.22)];
    private static readonly TableColumn[] SupervisorColumns = [new("Jour", 0.17), new("Horaires", 0.2), new("Groupe", 0.16), new("Activité", 0.29), new("Lieu", 0.18)];
    private static readonly TableColumn[] RoomColumns = [new("Jour", 0.17), new("Horaires", 0.2), new("Groupe", 0.16), new("Activité", 0.25), new("Encadrant", 0.22)];
    private static readonly TableColumn[] AttendanceColumns = [new("N°", 0.06), new("Élève", 0.34), new("Classe", 0.12), new("Présent", 0.1), new("Absent", 0.1), new("Signature", 0.28)];

    public static PdfDocumentBuilder Group(ProgrammeSheets sheets, SheetGroup group, DateOnly today)
    {
        var doc = Start(sheets, $"Emploi du temps – groupe {group.Name}", $"Programme – groupe {group.Id}", today);
        doc.Heading($"Programme au lycée – groupe {group.Name}");
        doc.Paragraph($"Découverte des métiers et des formations, {group.WeeksLabel}. {Count(sheets.Weeks.SelectMany(group.MembersIn).DistinctBy(p => p.Id).Count())}.");
        foreach (var week in sheets.Weeks.Where(group.IsIn))
        {
            WeekHeading(doc, sheets, week);
            var slots = sheets.SlotsOf(group.Id).Where(s => s.Week == week).ToList();
            if (slots.Count == 0) { doc.Paragraph("Aucune activité n'est encore placée pour cette semaine."); continue; }
            doc.Table(GroupColumns, slots.Select(s => (IReadOnlyList<string>)[DayCell(s.Date), TimesCell(s.Afternoon), s.Activity, s.Place, s.Supervisor]), keepTogether: true);
        }
        doc.Heading("Élèves du groupe", level: 2);
        var members = sheets.Weeks.SelectMany(group.MembersIn).DistinctBy(p => p.Id).OrderBy(p => p.LastName, ProgrammeSheets.NameOrder).ThenBy(p => p.FirstName, ProgrammeSheets.NameOrder).ToList();
        if (members.Count == 0) doc.Paragraph("Aucun élève dans ce groupe.");
        else doc.Table([new("Élève", 0.5), new("Classe", 0.2), new("Semaines", 0.3)],
            members.Select(p => (IReadOnlyList<string>)[p.FullName, p.ClassCode, WeeksOf(p)]));
        return doc;
    }

    public static PdfDocumentBuilder Pupil(ProgrammeSheets sheets, SheetPupil pupil, DateOnly today)
    {
        var doc = Start(sheets, $"Emploi du temps – {pupil.FirstName} {pupil.LastName}", $"Programme – élève {pupil.Id}", today);
        doc.Heading("Programme de découverte au lycée");
        doc.Paragraph("Élève : ", TextRun.Strong($"{pupil.FirstName} {pupil.LastName.ToUpperInvariant()}"), $", classe {pupil.ClassCode}. "
            + "Pendant la séquence d'observation, l'élève suit au lycée le programme ci-dessous, aux horaires indiqués. La présence est obligatoire et l'appel est fait à chaque demi-journée.");
        var groups = sheets.GroupsOf(pupil.Id);
        if (groups.Count == 0) doc.Paragraph("L'élève n'est inscrit dans aucun groupe pour le moment.");
        foreach (var (week, group) in groups)
        {
            WeekHeading(doc, sheets, week, $" – groupe {group.Name}");
            var slots = sheets.SlotsOf(group.Id).Where(s => s.Week == week).ToList();
            if (slots.Count == 0) { doc.Paragraph("Les activités de cette semaine ne sont pas encore placées."); continue; }
            doc.Table(GroupColumns, slots.Select(s => (IReadOnlyList<string>)[DayCell(s.Date), TimesCell(s.Afternoon), s.Activity, s.Place, s.Supervisor]), keepTogether: true);
        }
        doc.Heading("Contacts du lycée", level: 2);
        var school = sheets.School;
        var pairs = new List<(string, string)> { ("Lycée", $"{Phone(school.Phone)}{(string.IsNullOrWhiteSpace(school.Email) ? "" : " – " + school.Email.Trim())}") };
        pairs.AddRange(school.Cpes.Select(c => ("CPE (vie scolaire)", string.Join(" – ", new[] { c.Name, c.Phone is null ? null : Phone(c.Phone), c.Email }.Where(x => !string.IsNullOrWhiteSpace(x))))));
        if (school.Cpes.Count == 0) pairs.Add(("CPE (vie scolaire)", "joignable par le standard du lycée"));
        pairs.Add(("En cas d'absence", "Prévenez le lycée le jour même, avant le début de la demi-journée : appelez la vie scolaire (CPE) ou le standard. Une absence non signalée est signalée au CPE, qui contacte la famille."));
        doc.KeyValues(pairs, labelWidth: 0.25);
        return doc;
    }

    public static PdfDocumentBuilder Supervisor(ProgrammeSheets sheets, SheetOption supervisor, DateOnly today)
    {
        var doc = Start(sheets, $"Encadrement – {supervisor.Name}", $"Programme – encadrant {supervisor.Id}", today);
        doc.Heading($"Programme au lycée – encadrement de {supervisor.Name}");
        var names = sheets.Groups.ToDictionary(g => g.Id);
        foreach (var week in sheets.Weeks)
        {
            var slots = sheets.Slots.Where(s => s.SupervisorId == supervisor.Id && s.Week == week).ToList();
            if (slots.Count == 0) continue;
            WeekHeading(doc, sheets, week);
            doc.Table(SupervisorColumns, slots.Select(s => (IReadOnlyList<string>)
                [DayCell(s.Date), TimesCell(s.Afternoon), GroupCell(names, s.GroupId, week), s.Activity, s.Place]), keepTogether: true);
        }
        doc.Paragraph("Faites l'appel à chaque demi-journée, sur la tablette (menu « Programme au lycée » › « Appel ») ou sur la feuille d'appel imprimée, remise ensuite à la vie scolaire.");
        return doc;
    }

    public static PdfDocumentBuilder Room(ProgrammeSheets sheets, SheetOption room, DateOnly today)
    {
        var doc = Start(sheets, $"Occupation – {room.Name}", $"Programme – salle {room.Id}", today);
        doc.Heading($"Programme au lycée – salle {room.Name}");
        var names = sheets.Groups.ToDictionary(g => g.Id);
        foreach (var week in sheets.Weeks)
        {
            var slots = sheets.Slots.Where(s => s.RoomId == room.Id && !s.IsOuting && s.Week == week).ToList();
            if (slots.Count == 0) continue;
            WeekHeading(doc, sheets, week);
            doc.Table(RoomColumns, slots.Select(s => (IReadOnlyList<string>)
                [DayCell(s.Date), TimesCell(s.Afternoon), GroupCell(names, s.GroupId, week), s.Activity, s.Supervisor]), keepTogether: true);
        }
        return doc;
    }

    /// <summary>The attendance sheet of a group's half-day: the pupils sorted by name, « présent / absent » boxes and a signature column.</summary>
    public static PdfDocumentBuilder Attendance(ProgrammeSheets sheets, SheetGroup group, SheetSlot slot, DateOnly today)
    {
        var halfDay = ProgrammeHours.HalfDay(slot.Date, slot.Afternoon);
        var doc = Start(sheets, $"Feuille d'appel – groupe {group.Name}",
            string.Create(CultureInfo.InvariantCulture, $"Appel – groupe {group.Id} – {slot.Date:yyyy-MM-dd} {ProgrammeHours.Slug(slot.Afternoon)}"), today);
        doc.Heading($"Feuille d'appel – groupe {group.Name}");
        doc.KeyValues(
        [
            ("Demi-journée", Capitalised(halfDay)),
            ("Activité", slot.Activity),
            ("Lieu", slot.Place),
            ("Encadrant", slot.Supervisor),
        ], labelWidth: 0.22);
        var pupils = group.MembersIn(slot.Week);
        doc.Table(AttendanceColumns, pupils.Select((p, i) => (IReadOnlyList<string>)
            [(i + 1).ToString(CultureInfo.InvariantCulture), p.FullName, p.ClassCode, Box, Box, Nbsp + "\n" + Nbsp]));
        doc.Paragraph($"{Count(pupils.Count)}. Cochez une case par élève. Saisissez ensuite l'appel dans l'application (« Programme au lycée » › « Appel ») : "
            + "une absence y alerte aussitôt le CPE. Remettez cette feuille à la vie scolaire.", keepWithNext: true);
        doc.SignatureBoxes([new SignatureBox($"Encadrant : {slot.Supervisor}")], perRow: 1, heightMm: 22, keepTogether: true);
        return doc;
    }

    public static string FileSlug(string text)
    {
        var chars = text.Normalize(System.Text.NormalizationForm.FormD)
            .Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            .Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-').ToArray();
        var slug = string.Join('-', new string(chars).Split('-', StringSplitOptions.RemoveEmptyEntries));
        return slug.Length == 0 ? "document" : slug;
    }

    private static PdfDocumentBuilder Start(ProgrammeSheets sheets, string title, string reference, DateOnly today) =>
        new(new DocumentIdentity(sheets.School.Name, sheets.School.Uai, reference, today, title));

    private static void WeekHeading(PdfDocumentBuilder doc, ProgrammeSheets sheets, int week, string suffix = "")
    {
        var days = sheets.Year is { } year ? ProgrammeCalendar.Days(year, week) : [];
        doc.Heading(days.Count == 0 ? $"Semaine {week}{suffix}"
            : $"Semaine {week}{suffix} : du {ProgrammeHours.Day(days[0])} au {ProgrammeHours.Day(days[^1])}", level: 2);
    }

    private static string DayCell(DateOnly date) => Capitalised(ProgrammeHours.Day(date));

    private static string TimesCell(bool afternoon) => $"{ProgrammeHours.PartName(afternoon)}\n{ProgrammeHours.Times(afternoon).Replace(" h", Nbsp + "h", StringComparison.Ordinal).Replace("h ", "h" + Nbsp, StringComparison.Ordinal)}";

    private static string GroupCell(Dictionary<int, SheetGroup> groups, int groupId, int week) =>
        groups.TryGetValue(groupId, out var g) ? $"{g.Name}\n{Count(g.MembersIn(week).Count)}" : "—";

    private static string WeeksOf(SheetPupil p) => p.Week1 && p.Week2 ? "1 et 2" : p.Week1 ? "1" : "2";

    private static string Count(int pupils) => pupils == 1 ? "1 élève" : $"{pupils.ToString(CultureInfo.InvariantCulture)} élèves";

    private static string Phone(string? phone) =>
        string.IsNullOrWhiteSpace(phone) ? NotProvided : FrenchIdentifiers.FormatPhone(phone).Replace(" ", Nbsp, StringComparison.Ordinal);

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpper(text[0], ParisTime.French) + text[1..];
}
