using StageSeconde.Web.Domain;
using StageSeconde.Web.Features.Absences;

namespace StageSeconde.UnitTests.Features.Absences;

public sealed class FamilyAbsenceMailTests
{
    private static readonly FamilyAbsenceMail.About Illness =
        new("Lina DUPRÉ", new DateOnly(2027, 6, 15), AbsenceKind.Illness, DayPart.Morning, null, "Boulangerie du Marché", "Lycée Romain-Rolland", "0149608100");

    [Fact]
    public void The_default_template_has_every_placeholder_filled_in()
    {
        var body = FamilyAbsenceMail.Body(null, Illness);

        Assert.DoesNotContain("{", body);
        Assert.Contains("Lina DUPRÉ", body);
        Assert.Contains("15/06/2027", body);
        Assert.Contains("maladie (matin)", body);
        Assert.Contains("Boulangerie du Marché", body);
        Assert.Contains("01 49 60 81 00", body);
        Assert.EndsWith("Lycée Romain-Rolland", body);
        Assert.All(FamilyAbsenceMail.Placeholders, p => Assert.Contains(p.Placeholder, FamilyAbsenceMail.DefaultTemplate));
    }

    [Fact]
    public void A_school_template_is_used_and_a_late_arrival_gives_its_time()
    {
        var late = Illness with { Kind = AbsenceKind.LateArrival, Time = new TimeOnly(9, 30), HostName = null, SchoolPhone = null };

        Assert.Equal("Retard de Lina DUPRÉ : arrivée en retard à 9 h 30, programme au lycée, (téléphone du lycée).",
            FamilyAbsenceMail.Body("Retard de {eleve} : {nature} {moment}, {structure}, {telephone}.", late));
        Assert.Equal("Lycée Romain-Rolland : maladie de Lina DUPRÉ le 15/06/2027", FamilyAbsenceMail.Subject(Illness));
    }

    [Fact]
    public void The_median_is_the_middle_duration_or_the_mean_of_the_two_middle_ones()
    {
        Assert.Null(AbsenceFigures.Median([]));
        Assert.Equal(TimeSpan.FromMinutes(20), AbsenceFigures.Median([TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(20), TimeSpan.FromHours(3)]));
        Assert.Equal(TimeSpan.FromMinutes(15), AbsenceFigures.Median([TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(20)]));
    }
}
