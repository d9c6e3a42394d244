using StageSeconde.Web.Domain.Programme;
using StageSeconde.Web.Features.Programme.Printing;

namespace StageSeconde.Web.Features.Programme.Attendance;

/// <summary>The attendance of a half-day as posted: one line per pupil, present or absent.</summary>
public sealed class AttendanceForm
{
    public List<AttendanceLine> Lines { get; set; } = [];

    /// <summary>
    /// The rules of a posted attendance for the pupils <paramref name="pupils"/> of the group's half-day: every pupil once,
    /// present or absent, and nobody else; the half-day has begun (<paramref name="today"/>). Keys are those of the page's fields.
    /// </summary>
    public IReadOnlyList<(string Key, string Message)> Problems(IReadOnlyList<SheetPupil> pupils, DateOnly date, DateOnly today)
    {
        var problems = new List<(string, string)>();
        if (date > today)
            problems.Add(("", $"L'appel du {ProgrammeHours.Day(date)} se fait le jour même : cette demi-journée n'a pas encore eu lieu."));
        var expected = pupils.Select(p => p.Id).ToHashSet();
        var posted = Lines.Where(l => l is not null).ToList();
        if (posted.Any(l => !expected.Contains(l.StudentId)) || posted.GroupBy(l => l.StudentId).Any(g => g.Count() > 1))
            problems.Add(("", "La liste des élèves du groupe a changé depuis l'ouverture de la page : vérifiez l'appel puis enregistrez à nouveau."));
        for (var i = 0; i < pupils.Count; i++)
        {
            if (posted.FirstOrDefault(l => l.StudentId == pupils[i].Id)?.Present is null)
                problems.Add(($"Lines[{i}].Present", $"Indiquez si {pupils[i].FirstName} {pupils[i].LastName.ToUpperInvariant()} est présent ou absent."));
        }
        return problems;
    }

    public bool? PresentOf(int studentId) => Lines.FirstOrDefault(l => l?.StudentId == studentId)?.Present;
}

public sealed class AttendanceLine
{
    public int StudentId { get; set; }
    public bool? Present { get; set; }
}
