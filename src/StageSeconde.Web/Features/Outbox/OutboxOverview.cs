using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.Outbox;

/// <summary>A message not sent yet (pending) or given up, as the administrator sees it: never its body (personal data).</summary>
public sealed record OutboxRow(long Id, string To, string Subject, string Topic, OutboxStatus Status, int AttemptCount, string? LastError,
    DateTime NextAttemptAt, DateTime CreatedAt)
{
    public string TopicLabel => Topic switch
    {
        OutboxTopics.AbsenceAlert => "Alerte d'absence",
        OutboxTopics.AbsenceEscalation => "Alerte remontée à la direction",
        OutboxTopics.AbsenceFamily => "Courriel à la famille",
        OutboxTopics.SetPasswordLink => "Lien de mot de passe",
        _ => Topic,
    };
}

/// <summary>The school's outbox page: figures, then the given-up messages and the pending ones (given up first, then by turn).</summary>
public sealed record OutboxOverview(bool SmtpConfigured, int Pending, int SentToday, int GivenUp, PageOf<OutboxRow> Messages)
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    public static async Task<OutboxOverview> LoadAsync(AppDbContext db, int schoolId, bool smtpConfigured, DateTimeOffset now, int page, CancellationToken ct)
    {
        // OutboxMessage is not filtered by school (the dispatcher reads them all): the page scopes itself.
        var mine = db.OutboxMessages.AsNoTracking().Where(m => m.SchoolId == schoolId);
        var startOfToday = StartOfParisDay(now);
        var counts = await mine
            .GroupBy(m => 1)
            .Select(g => new
            {
                Pending = g.Count(m => m.Status == OutboxStatus.Pending),
                SentToday = g.Count(m => m.Status == OutboxStatus.Sent && m.SentAt >= startOfToday),
                GivenUp = g.Count(m => m.Status == OutboxStatus.GivenUp),
            })
            .FirstOrDefaultAsync(ct);

        var messages = await mine
            .Where(m => m.Status != OutboxStatus.Sent)
            .OrderByDescending(m => m.Status == OutboxStatus.GivenUp).ThenBy(m => m.NextAttemptAt).ThenBy(m => m.Id)
            .Select(m => new OutboxRow(m.Id, m.To, m.Subject, m.Topic, m.Status, m.AttemptCount, m.LastError, m.NextAttemptAt, m.CreatedAt))
            .ToPageAsync(page, ct);
        return new OutboxOverview(smtpConfigured, counts?.Pending ?? 0, counts?.SentToday ?? 0, counts?.GivenUp ?? 0, messages);
    }

    /// <summary>Midnight in Paris on <paramref name="now"/>'s Paris day, in UTC.</summary>
    public static DateTime StartOfParisDay(DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(now, Paris);
        var midnight = DateTime.SpecifyKind(local.Date, DateTimeKind.Unspecified);
        return TimeZoneInfo.ConvertTimeToUtc(midnight, Paris);
    }
}
