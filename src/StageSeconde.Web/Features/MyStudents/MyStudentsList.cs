using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.MyStudents;

/// <summary>A convention of a student the signed-in teacher is referent of, with what they need to follow the student.</summary>
public sealed record MyStudentRow(
    int StudentId, int AgreementId, string StudentName, string ClassCode, AgreementState State,
    string HostName, string HostCity, string TutorName, string? TutorPhone,
    DateOnly FirstDay, DateOnly LastDay, string Hours, IReadOnlyList<string> TodayAbsences, DateTime? LastContactAt);

/// <summary>« Mes élèves »: the referent's students (filtered by <see cref="Search"/>) and those still waiting for a first contact.</summary>
public sealed record MyStudentsModel(string? Search, int StudentCount, IReadOnlyList<MyStudentRow> Rows, IReadOnlyList<NoContactRow> NoContact, DateOnly Today)
{
    /// <summary>Above this many students the page offers a search.</summary>
    public const int SearchFrom = 8;

    public bool OffersSearch => StudentCount >= SearchFrom || !string.IsNullOrEmpty(Search);
}

public static class MyStudentsList
{
    /// <summary>
    /// The current-year conventions (not cancelled) that name <paramref name="staffId"/> as referent teacher, by student name
    /// then first day, with today's absences of their students and the date of their last follow-up contact.
    /// </summary>
    public static async Task<MyStudentsModel> LoadAsync(AppDbContext db, int staffId, string? search, DateTimeOffset now, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime.ToParis());
        var agreements = db.Agreements.AsNoTracking().RefereedBy(staffId);
        var studentCount = await agreements.Select(a => a.StudentId).Distinct().CountAsync(ct);

        var key = SearchText.Normalize(search);
        if (key.Length > 0) agreements = agreements.Where(a => a.Student!.SearchKey.Contains(key));

        var loaded = await agreements
            .Select(a => new
            {
                a.Id, a.StudentId, a.Student!.LastName, a.Student.FirstName, ClassCode = a.Student.SchoolClass!.Code, a.State,
                HostName = a.HostOrganisation!.Name, HostCity = a.HostOrganisation.City,
                TutorFirst = a.Tutor!.FirstName, TutorLast = a.Tutor.LastName, TutorPhone = a.Tutor.Phone,
                a.FirstDay, a.LastDay,
                Schedule = a.Schedule.Select(d => new DaySchedule(d.Day, d.Start, d.End, d.Breaks)).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(ct);

        var studentIds = loaded.Select(a => a.StudentId).Distinct().ToList();
        var absences = (await db.Absences.AsNoTracking()
                .Where(x => x.Day == today && studentIds.Contains(x.StudentId))
                .Select(x => new { x.StudentId, x.Kind, x.Part, x.Time })
                .ToListAsync(ct))
            .ToLookup(x => x.StudentId, x => AbsenceText(x.Kind, x.Part, x.Time));
        var lastContacts = await db.FollowUpEntries.AsNoTracking()
            .Where(f => studentIds.Contains(f.StudentId))
            .GroupBy(f => f.StudentId)
            .Select(g => new { StudentId = g.Key, Last = g.Max(f => f.At) })
            .ToDictionaryAsync(g => g.StudentId, g => g.Last, ct);

        var rows = loaded
            .Select(a => new MyStudentRow(a.StudentId, a.Id, PersonName.LastFirst(a.LastName, a.FirstName), a.ClassCode, a.State,
                a.HostName, a.HostCity, PersonName.FirstLast(a.TutorFirst, a.TutorLast), a.TutorPhone, a.FirstDay, a.LastDay,
                ScheduleSummary.Of(a.Schedule), absences[a.StudentId].ToList(),
                lastContacts.TryGetValue(a.StudentId, out var last) ? last : null))
            .OrderBy(r => r.StudentName, StringComparer.CurrentCulture).ThenBy(r => r.FirstDay)
            .ToList();

        var noContact = await NoContactList.LoadAsync(db, staffId, now, ct);
        return new MyStudentsModel(string.IsNullOrWhiteSpace(search) ? null : search.Trim(), studentCount, rows, noContact, today);
    }

    private static string AbsenceText(AbsenceKind kind, DayPart part, TimeOnly? time) =>
        time is { } t ? $"{kind.Label()} ({FrenchTime.TimeOfDay(t)})" : $"{kind.Label()} ({part.Label().ToLowerInvariant()})";
}
