namespace StageSeconde.Web.Domain;

/// <summary>
/// The tutor's evaluation of a convention (one per convention): a level for each of the four target skills of the annexe
/// pédagogique (Observer, Communiquer, Comprendre, S'impliquer) and a comment. The tutor enters it from their link, or the
/// referent teacher enters what the tutor said. It opens on the convention's first day and can be changed until
/// <see cref="DaysAfterLastDay"/> days after its last day; then it is frozen.
/// </summary>
public class TutorEvaluation : SchoolEntity
{
    public const int CommentMaxLength = 2000;
    public const int EvaluatorMaxLength = 200;
    /// <summary>As long as the tutor's link stays open after the last day (TutorLinkWindow.DaysAround): the tutor evaluates from it.</summary>
    public const int DaysAfterLastDay = 7;

    private TutorEvaluation() { }

    public TutorEvaluation(int schoolId, int agreementId)
    {
        SchoolId = schoolId;
        AgreementId = agreementId;
    }

    public int AgreementId { get; private set; }
    public Agreement? Agreement { get; private set; }
    public SkillLevel Observer { get; private set; }
    public SkillLevel Communiquer { get; private set; }
    public SkillLevel Comprendre { get; private set; }
    public SkillLevel SImpliquer { get; private set; }
    public string? Comment { get; private set; }
    /// <summary>The name of whoever evaluates (the tutor, as they typed it, or the referent teacher's account).</summary>
    public string EvaluatorName { get; private set; } = "";
    public EvaluationSource Source { get; private set; }
    /// <summary>UTC.</summary>
    public DateTime RecordedAt { get; private set; }

    /// <summary>The last day the evaluation can be entered or changed (Paris date).</summary>
    public static DateOnly ClosesAfter(DateOnly lastDay) => lastDay.AddDays(DaysAfterLastDay);

    /// <summary>Whether an evaluation can be entered or changed on <paramref name="today"/>: from the first day to <see cref="ClosesAfter"/>.</summary>
    public static bool IsOpenOn(DateOnly today, DateOnly firstDay, DateOnly lastDay) => today >= firstDay && today <= ClosesAfter(lastDay);

    /// <summary>The level of <paramref name="skill"/> (one of the four).</summary>
    public SkillLevel LevelOf(TargetSkills skill) => skill switch
    {
        TargetSkills.Observer => Observer,
        TargetSkills.Communiquer => Communiquer,
        TargetSkills.Comprendre => Comprendre,
        TargetSkills.SImpliquer => SImpliquer,
        _ => throw new ArgumentOutOfRangeException(nameof(skill)),
    };

    /// <summary>Records (or replaces) the evaluation, within its days.</summary>
    public void Record(SkillLevel observer, SkillLevel communiquer, SkillLevel comprendre, SkillLevel sImpliquer, string? comment,
        string evaluatorName, EvaluationSource source, DateOnly firstDay, DateOnly lastDay, DateOnly today, DateTimeOffset at)
    {
        if (today < firstDay)
            throw new DomainException($"L'évaluation s'ouvre le premier jour du stage, le {FrenchTime.Date(firstDay)}.");
        if (today > ClosesAfter(lastDay))
            throw new DomainException($"L'évaluation est close depuis le {FrenchTime.Date(ClosesAfter(lastDay).AddDays(1))} : elle ne peut plus être modifiée.");
        foreach (var level in new[] { observer, communiquer, comprendre, sImpliquer })
        {
            if (!Enum.IsDefined(level)) throw new DomainException("Choisissez un niveau pour chaque compétence.");
        }
        var name = evaluatorName?.Trim() ?? "";
        if (name.Length == 0) throw new DomainException("Indiquez le nom de la personne qui évalue.", nameof(EvaluatorName));
        if (name.Length > EvaluatorMaxLength) throw new DomainException($"Le nom ne peut pas dépasser {EvaluatorMaxLength} caractères.", nameof(EvaluatorName));
        if (PlainText.HasMarkup(name)) throw new DomainException(PlainText.MarkupMessage, nameof(EvaluatorName));
        var text = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        if (text is { Length: > CommentMaxLength }) throw new DomainException($"Le commentaire ne peut pas dépasser {CommentMaxLength} caractères.", nameof(Comment));
        if (PlainText.HasMarkup(text)) throw new DomainException(PlainText.MarkupMessage, nameof(Comment));

        Observer = observer;
        Communiquer = communiquer;
        Comprendre = comprendre;
        SImpliquer = sImpliquer;
        Comment = text;
        EvaluatorName = name;
        Source = source;
        RecordedAt = at.UtcDateTime;
    }
}
