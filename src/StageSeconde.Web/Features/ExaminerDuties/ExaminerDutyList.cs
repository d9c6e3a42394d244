using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Features.ExaminerDuties;

public sealed record ExaminerDutyRow(int Id, int StaffId, string StaffName, DateOnly Date, DayPart Part, string? Note);

/// <summary>The convocations of the current school year (all of them when there is none), by date; the staff to choose from.</summary>
public sealed record ExaminerDutyListModel(IReadOnlyList<ExaminerDutyRow> Rows, IReadOnlyList<SelectListItem> Staff, ExaminerDutyForm Form, string? YearLabel)
{
    public static async Task<ExaminerDutyListModel> LoadAsync(AppDbContext db, ExaminerDutyForm form, CancellationToken ct)
    {
        var year = await db.CurrentYearAsync(ct);
        var duties = db.ExaminerDuties.AsNoTracking();
        if (year is not null)
        {
            var (first, last) = (year.FirstDay, year.LastDay);
            duties = duties.Where(d => d.Date >= first && d.Date <= last);
        }
        var rows = (await duties
                .OrderBy(d => d.Date).ThenBy(d => d.StaffMember!.SearchKey)
                .Select(d => new { d.Id, d.StaffMemberId, d.StaffMember!.LastName, d.StaffMember.FirstName, d.Date, d.Part, d.Note })
                .ToListAsync(ct))
            .Select(d => new ExaminerDutyRow(d.Id, d.StaffMemberId, PersonName.LastFirst(d.LastName, d.FirstName), d.Date, d.Part, d.Note))
            .ToList();
        var staff = (await db.Staff.AsNoTracking().Where(s => !s.IsArchived).OrderBy(s => s.SearchKey)
                .Select(s => new { s.Id, s.LastName, s.FirstName, s.Function }).ToListAsync(ct))
            .Select(s => new SelectListItem($"{PersonName.LastFirst(s.LastName, s.FirstName)}{(string.IsNullOrEmpty(s.Function) ? "" : " – " + s.Function)}",
                s.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
        return new ExaminerDutyListModel(rows, staff, form, year?.Label);
    }
}
