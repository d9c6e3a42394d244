using StageSeconde.Web.Domain;
using static StageSeconde.UnitTests.Domain.AgreementBuilder;

namespace StageSeconde.UnitTests.Domain;

public sealed class AgreementEditTests
{
    private static readonly AgreementTerms Changed = Some.Terms() with { Remarks = "Tenue de travail fournie." };

    private static void Edit(Agreement agreement, AgreementTerms terms, string? reason = null, HostOrganisation? host = null)
    {
        host ??= Some.Host();
        agreement.ApplyEdit(Some.Year(), host, Some.TutorOf(host), terms, Some.Secretary, Some.Now, reason);
    }

    // What a new agreement holds

    [Theory]
    [InlineData(PeriodOption.Week1, "2027-06-14", "2027-06-18")]
    [InlineData(PeriodOption.Week2, "2027-06-21", "2027-06-25")]
    [InlineData(PeriodOption.BothWeeks, "2027-06-14", "2027-06-25")]
    public void The_dates_come_from_the_school_years_weeks(PeriodOption period, string first, string last)
    {
        var agreement = AnAgreement().With(Some.Terms(period)).Build();

        Assert.Equal((DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture)), (agreement.FirstDay, agreement.LastDay));
    }

    [Fact]
    public void The_host_representative_and_address_are_the_hosts_by_default()
    {
        var agreement = AnAgreement().Build();

        Assert.Equal(("Paul Durand", "Gérant"), (agreement.RepresentativeName, agreement.RepresentativeFunction));
        Assert.Equal(("3 place du Marché", "94200", "Ivry-sur-Seine"), (agreement.AddressLine, agreement.PostalCode, agreement.City));
    }

    [Fact]
    public void A_representative_and_an_address_given_are_kept()
    {
        var terms = Some.Terms() with
        {
            RepresentativeName = " Julie Petit ", RepresentativeFunction = "Directrice",
            AddressLine = "12 rue du Four", PostalCode = "94400", City = "Vitry-sur-Seine",
        };

        var agreement = AnAgreement().With(terms).Build();

        Assert.Equal(("Julie Petit", "Directrice"), (agreement.RepresentativeName, agreement.RepresentativeFunction));
        Assert.Equal(("12 rue du Four", "94400", "Vitry-sur-Seine"), (agreement.AddressLine, agreement.PostalCode, agreement.City));
    }

    [Fact]
    public void The_timetable_holds_monday_to_saturday_and_a_missing_day_is_a_day_off()
    {
        var agreement = AnAgreement().With(Some.Terms(schedule: [Some.Day(DayOfWeek.Wednesday, "09:00", "12:00")])).Build();

        Assert.Equal(Agreement.ScheduleDays, agreement.Schedule.Select(d => d.Day));
        Assert.Equal([DayOfWeek.Wednesday], agreement.Schedule.Where(d => !d.IsDayOff).Select(d => d.Day));
    }

    [Fact]
    public void All_four_skills_are_aimed_at_by_default() =>
        Assert.Equal(TargetSkills.All, AnAgreement().Build().TargetSkills);

    [Fact]
    public void The_tutor_must_belong_to_the_host()
    {
        var host = Some.Host();
        var otherHost = Some.Host(22, "Pharmacie");

        var error = Assert.Throws<DomainException>(() =>
            Agreement.Draft(Some.Year(), Some.Student(), host, Some.TutorOf(otherHost), Some.Terms(), Some.Secretary, Some.Now));

        Assert.Equal("Hugo MOREL n'est pas tuteur de la structure choisie, « Boulangerie du Marché » : choisissez un tuteur de cette structure (la liste les regroupe par structure) ou enregistrez-en un nouveau.", error.Message);
    }

    [Fact]
    public void An_archived_host_cannot_be_chosen_but_stays_on_its_agreements()
    {
        var archived = Some.Host();
        archived.Archive();

        Assert.Throws<DomainException>(() => AnAgreement().At(archived).Build());

        var agreement = AnAgreement().Build();
        Edit(agreement, Changed, host: archived);
        Assert.Equal("Tenue de travail fournie.", agreement.Remarks);
    }

    [Fact]
    public void A_student_who_has_left_gets_no_new_agreement()
    {
        var student = Some.Student();
        student.Leave(new DateOnly(2027, 3, 1));

        Assert.Throws<DomainException>(() => AnAgreement().For(student).Build());
    }

    [Fact]
    public void Planned_activities_are_at_most_1500_characters()
    {
        var error = Assert.Throws<DomainException>(() => AnAgreement().With(Some.Terms() with { PlannedActivities = new string('a', 1501) }).Build());

        Assert.Equal("Les activités prévues ne doivent pas dépasser 1 500 caractères.", error.Message);
        Assert.Equal(1500, AnAgreement().With(Some.Terms() with { PlannedActivities = new string('a', 1500) }).Build().PlannedActivities.Length);
    }

    [Fact]
    public void A_timetable_cannot_work_on_sunday_nor_give_a_day_twice()
    {
        Assert.Throws<DomainException>(() => AnAgreement().With(Some.Terms(schedule: [Some.Day(DayOfWeek.Sunday, "09:00", "12:00")])).Build());
        Assert.Throws<DomainException>(() => AnAgreement().With(Some.Terms(schedule:
            [Some.Day(DayOfWeek.Monday, "09:00", "12:00"), Some.Day(DayOfWeek.Monday, "13:00", "16:00")])).Build());
    }

    // Editing, state by state

    [Fact]
    public void Editing_a_draft_keeps_it_a_draft()
    {
        var agreement = AnAgreement().Build();

        Edit(agreement, Changed with { Period = PeriodOption.Week2 });

        Assert.Equal(AgreementState.Draft, agreement.State);
        Assert.Equal(new DateOnly(2027, 6, 21), agreement.FirstDay);
        Assert.Single(agreement.Transitions);
    }

    [Fact]
    public void Editing_a_refused_agreement_sends_it_back_to_draft()
    {
        var agreement = AnAgreement().In(AgreementState.Refused);

        Edit(agreement, Changed);

        Assert.Equal(AgreementState.Draft, agreement.State);
        Assert.Equal((AgreementState.Refused, "Convention corrigée après refus."), (agreement.Transitions[^1].From!.Value, agreement.Transitions[^1].Comment));
    }

    [Fact]
    public void Editing_a_submitted_agreement_keeps_it_submitted()
    {
        var agreement = AnAgreement().In(AgreementState.Submitted);
        var history = agreement.Transitions.Count;

        Edit(agreement, Changed);

        Assert.Equal(AgreementState.Submitted, agreement.State);
        Assert.Equal(history, agreement.Transitions.Count);
    }

    [Theory]
    [InlineData(AgreementState.Validated, 0, "Modification après validation : Horaires du samedi retirés.")]
    [InlineData(AgreementState.InSignature, 0, "Modification après validation : Horaires du samedi retirés.")]
    [InlineData(AgreementState.Signed, 4, "Modification après validation : Horaires du samedi retirés. Les 4 signatures déjà recueillies ont été effacées.")]
    public void A_change_after_validation_goes_back_to_submitted_and_clears_the_signatures(AgreementState state, int signatures, string comment)
    {
        var agreement = AnAgreement().In(state);
        Assert.Equal(signatures, agreement.Signatures.Count);

        Edit(agreement, Changed, "Horaires du samedi retirés.");

        Assert.Equal(AgreementState.Submitted, agreement.State);
        Assert.Empty(agreement.Signatures);
        Assert.Equal((state, comment), (agreement.Transitions[^1].From!.Value, agreement.Transitions[^1].Comment));
    }

    [Fact]
    public void Clearing_one_signature_is_said_in_the_singular()
    {
        var agreement = AnAgreement().In(AgreementState.Validated);
        agreement.RecordSignature(SignatureParty.SchoolHead, Some.Today, SignatureMode.Paper, Some.Secretary, Some.Now);

        Edit(agreement, Changed, "Nouvelle adresse.");

        Assert.Equal("Modification après validation : Nouvelle adresse. La signature déjà recueillie a été effacée.", agreement.Transitions[^1].Comment);
    }

    [Fact]
    public void A_change_after_validation_needs_a_reason_and_changes_nothing_without_one()
    {
        var agreement = AnAgreement().In(AgreementState.Signed);

        var error = Assert.Throws<DomainException>(() => Edit(agreement, Changed with { ReferentTeacherId = Some.ReferentId + 1 }, reason: " "));

        Assert.Equal("Indiquez le motif de la modification : une convention déjà validée doit être validée à nouveau.", error.Message);
        Assert.Equal(AgreementState.Signed, agreement.State);
        Assert.Null(agreement.Remarks);
        Assert.Equal(Some.ReferentId, agreement.ReferentTeacherId);
        Assert.Equal(4, agreement.Signatures.Count);
    }

    [Fact]
    public void A_timetable_change_after_validation_is_a_change()
    {
        var agreement = AnAgreement().In(AgreementState.Validated);
        var shorterMonday = Some.LawfulWeek().Skip(1).Prepend(Some.Day(DayOfWeek.Monday, "09:00", "15:00", "12:00", "13:00")).ToList();

        Edit(agreement, Some.Terms(schedule: shorterMonday), "Lundi raccourci.");

        Assert.Equal(AgreementState.Submitted, agreement.State);
        Assert.Equal(new TimeOnly(15, 0), agreement.Schedule[0].End);
    }

    [Fact]
    public void Saving_the_same_terms_of_a_signed_agreement_changes_nothing()
    {
        var agreement = AnAgreement().In(AgreementState.Signed);
        var history = agreement.Transitions.Count;

        Edit(agreement, Some.Terms());

        Assert.Equal(AgreementState.Signed, agreement.State);
        Assert.Equal(history, agreement.Transitions.Count);
        Assert.Equal(4, agreement.Signatures.Count);
    }

    [Fact]
    public void Assigning_the_referent_teacher_needs_no_new_validation()
    {
        var agreement = AnAgreement().In(AgreementState.Signed);

        Edit(agreement, Some.Terms() with { ReferentTeacherId = 41 });
        Assert.Equal((AgreementState.Signed, (int?)41), (agreement.State, agreement.ReferentTeacherId));

        agreement.AssignReferentTeacher(42);
        Assert.Equal((AgreementState.Signed, (int?)42), (agreement.State, agreement.ReferentTeacherId));
    }

    [Theory]
    [InlineData(AgreementState.Completed, "Une convention terminée ne peut plus être modifiée.")]
    [InlineData(AgreementState.Cancelled, "Une convention annulée ne peut plus être modifiée.")]
    public void A_completed_or_cancelled_agreement_cannot_be_changed(AgreementState state, string message)
    {
        var agreement = AnAgreement().In(state);

        Assert.Equal(message, Assert.Throws<DomainException>(() => Edit(agreement, Changed, "Motif.")).Message);
        Assert.Equal(message, Assert.Throws<DomainException>(() => agreement.AssignReferentTeacher(41)).Message);
        Assert.Equal(state, agreement.State);
    }

    [Fact]
    public void A_changed_agreement_goes_through_validation_again()
    {
        var builder = AnAgreement();
        var agreement = builder.In(AgreementState.InSignature);
        Edit(agreement, Changed, "Remarque ajoutée.");

        agreement.Validate(Some.FactsFor(agreement, builder.Student), Some.Head, Some.Now);

        Assert.Equal(AgreementState.Validated, agreement.State);
    }
}
