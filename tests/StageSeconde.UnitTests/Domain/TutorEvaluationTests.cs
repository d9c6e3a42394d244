using StageSeconde.Web.Domain;
using StageSeconde.Web.Features.TutorLinks;

namespace StageSeconde.UnitTests.Domain;

public sealed class TutorEvaluationTests
{
    private static readonly DateOnly FirstDay = new(2027, 6, 14), LastDay = new(2027, 6, 25);
    private static readonly DateTimeOffset At = new(2027, 6, 25, 15, 0, 0, TimeSpan.Zero);

    private static TutorEvaluation Record(DateOnly today, string? comment = "Très curieuse.", string evaluator = "Hugo Martin", SkillLevel observer = SkillLevel.Satisfactory)
    {
        var evaluation = new TutorEvaluation(1, 7);
        evaluation.Record(observer, SkillLevel.Fragile, SkillLevel.VerySatisfactory, SkillLevel.NotObserved, comment, evaluator,
            EvaluationSource.TutorLink, FirstDay, LastDay, today, At);
        return evaluation;
    }

    [Fact]
    public void Opens_on_the_first_day_not_the_day_before()
    {
        Assert.Equal(SkillLevel.Satisfactory, Record(FirstDay).Observer);
        var refused = Assert.Throws<DomainException>(() => Record(FirstDay.AddDays(-1)));
        Assert.Equal("L'évaluation s'ouvre le premier jour du stage, le 14/06/2027.", refused.Message);
    }

    [Fact]
    public void Can_be_changed_a_week_after_the_last_day_and_is_frozen_the_day_after()
    {
        Assert.Equal(new DateOnly(2027, 7, 2), TutorEvaluation.ClosesAfter(LastDay));
        Assert.True(TutorEvaluation.IsOpenOn(new DateOnly(2027, 7, 2), FirstDay, LastDay));
        Assert.False(TutorEvaluation.IsOpenOn(new DateOnly(2027, 7, 3), FirstDay, LastDay));
        Record(new DateOnly(2027, 7, 2));
        var refused = Assert.Throws<DomainException>(() => Record(new DateOnly(2027, 7, 3)));
        Assert.Equal("L'évaluation est close depuis le 03/07/2027 : elle ne peut plus être modifiée.", refused.Message);
    }

    [Fact]
    public void Closes_when_the_tutors_link_closes()
    {
        Assert.Equal(TutorLinkWindow.DaysAround, TutorEvaluation.DaysAfterLastDay);
    }

    [Fact]
    public void Keeps_the_levels_the_trimmed_comment_and_who_evaluated()
    {
        var evaluation = Record(LastDay, comment: "  Très curieuse.  ", evaluator: "  Hugo Martin ");

        Assert.Equal(SkillLevel.Fragile, evaluation.LevelOf(TargetSkills.Communiquer));
        Assert.Equal(SkillLevel.VerySatisfactory, evaluation.LevelOf(TargetSkills.Comprendre));
        Assert.Equal(SkillLevel.NotObserved, evaluation.LevelOf(TargetSkills.SImpliquer));
        Assert.Equal("Très curieuse.", evaluation.Comment);
        Assert.Equal("Hugo Martin", evaluation.EvaluatorName);
        Assert.Equal(At.UtcDateTime, evaluation.RecordedAt);
        Assert.Null(Record(LastDay, comment: "   ").Comment);
    }

    [Fact]
    public void Refuses_an_unknown_level_an_empty_name_markup_and_a_long_comment()
    {
        Assert.Equal("Choisissez un niveau pour chaque compétence.", Assert.Throws<DomainException>(() => Record(LastDay, observer: (SkillLevel)9)).Message);
        Assert.Equal(nameof(TutorEvaluation.EvaluatorName), Assert.Throws<DomainException>(() => Record(LastDay, evaluator: " ")).Field);
        Assert.Equal(nameof(TutorEvaluation.Comment), Assert.Throws<DomainException>(() => Record(LastDay, comment: "<b>bien</b>")).Field);
        Assert.Equal(nameof(TutorEvaluation.Comment), Assert.Throws<DomainException>(() => Record(LastDay, comment: new string('a', TutorEvaluation.CommentMaxLength + 1))).Field);
        Record(LastDay, comment: new string('a', TutorEvaluation.CommentMaxLength));
    }
}
