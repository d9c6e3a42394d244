using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain.Programme;

namespace StageSeconde.Web.Features.ProgrammeSetup;

public sealed record ActivityRow(int Id, string Name, ProgrammeTheme Theme, string? Link, int LengthInHalfDays, RoomKind RoomKind, int MaxGroupSize,
    SupervisorKind SupervisorKind, bool IsOuting, bool IsArchived, int Version);

/// <summary>The catalogue, by theme (in the themes' order), then by name; the académie's activities it lacks.</summary>
public sealed record ActivityListModel(IReadOnlyList<IGrouping<ProgrammeTheme, ActivityRow>> Themes, int Archived, bool ShowArchived, int MissingFromAcademy)
{
    public bool IsEmpty => Themes.Count == 0 && Archived == 0;

    public static async Task<ActivityListModel> LoadAsync(AppDbContext db, bool showArchived, CancellationToken ct)
    {
        var rows = await db.ProgrammeActivities.AsNoTracking()
            .Select(a => new ActivityRow(a.Id, a.Name, a.Theme, a.Link, a.LengthInHalfDays, a.RoomKind, a.MaxGroupSize, a.SupervisorKind, a.IsOuting, a.IsArchived, a.Version))
            .ToListAsync(ct);
        var names = rows.Select(r => Domain.SearchText.Normalize(r.Name)).ToHashSet();
        var missing = AcademyCatalogue.Entries.Count(e => !names.Contains(Domain.SearchText.Normalize(e.Name)));
        var themes = rows.Where(r => showArchived || !r.IsArchived)
            .OrderBy(r => r.Theme).ThenBy(r => r.Name, StringComparer.CurrentCulture)
            .GroupBy(r => r.Theme).ToList();
        return new ActivityListModel(themes, rows.Count(r => r.IsArchived), showArchived, missing);
    }
}
