using StageSeconde.Web.Domain;
using StageSeconde.Web.Domain.Programme;
using StageSeconde.Web.Features.ProgrammeSetup;

namespace StageSeconde.UnitTests.Features.ProgrammeSetup;

public sealed class SupervisorCoverageTests
{
    private static readonly SchoolYear Year = SchoolYear.Create(1, 2026);

    [Fact]
    public void Each_half_day_counts_the_supervisors_available_by_kind()
    {
        var halfDays = ProgrammeCalendar.HalfDays(Year);
        var monday = halfDays[0].Date;
        var teacher = new ProgrammeSupervisor(Year.Id, staffMemberId: 1, SupervisorKind.Teacher);
        var examiner = new ProgrammeSupervisor(Year.Id, staffMemberId: 2, SupervisorKind.Teacher);
        var librarian = new ProgrammeSupervisor(Year.Id, staffMemberId: 3, SupervisorKind.Librarian);
        librarian.SetUnavailable([(monday, true)]);
        ExaminerDuty[] duties = [new(1, staffMemberId: 2, monday, DayPart.Morning, "Oral")];

        var coverage = SupervisorCoverage.Compute(halfDays, [teacher, examiner, librarian], duties);

        Assert.Equal(20, coverage.Count);
        Assert.Equal((1, 1, 2), (coverage[0].Of(SupervisorKind.Teacher), coverage[0].Of(SupervisorKind.Librarian), coverage[0].Total));
        Assert.Equal((2, 0, 2), (coverage[1].Of(SupervisorKind.Teacher), coverage[1].Of(SupervisorKind.Librarian), coverage[1].Total));
        Assert.All(coverage.Skip(2), c => Assert.Equal(3, c.Total));
    }

    [Fact]
    public void A_half_day_label_reads_in_french()
    {
        Assert.Equal("lundi 14 juin, après-midi", ProgrammeDays.HalfDayLabel(new DateOnly(2027, 6, 14), afternoon: true));
        Assert.Equal("2027-06-14-am", ProgrammeDays.Key(new DateOnly(2027, 6, 14), afternoon: false));
    }

    [Theory]
    [InlineData("Professeure documentaliste", SupervisorKind.Librarian)]
    [InlineData("Psychologue de l'Éducation nationale", SupervisorKind.PsyEn)]
    [InlineData("Assistant d'éducation", SupervisorKind.Aed)]
    [InlineData("AED", SupervisorKind.Aed)]
    [InlineData("Professeur de mathématiques", SupervisorKind.Teacher)]
    [InlineData("", SupervisorKind.Teacher)]
    public void The_kind_is_guessed_from_the_function(string function, SupervisorKind kind) =>
        Assert.Equal(kind, SupervisorKinds.Guess(function));
}
