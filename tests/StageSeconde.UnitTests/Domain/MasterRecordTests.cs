using StageSeconde.Web.Domain;

namespace StageSeconde.UnitTests.Domain;

/// <summary>Host organisations, tutors, staff and classes: what their methods normalise and what archiving does.</summary>
public sealed class MasterRecordTests
{
    [Fact]
    public void A_host_stores_a_compact_siret_single_spaces_and_a_national_phone()
    {
        var host = Some.Host();

        host.UpdateDetails(host.Details with { Name = " Boulangerie   du Port ", Siret = "732 829 320 00074", Phone = "01.45.00.00.00", Email = " ", Insurer = " MAIF " });

        Assert.Equal(("Boulangerie du Port", "73282932000074", "0145000000", (string?)null, "MAIF"), (host.Name, host.Siret, host.Phone, host.Email, host.Insurer));
        Assert.Equal("boulangerie du port ivry sur seine", host.SearchKey);
    }

    [Fact]
    public void A_phone_that_is_not_one_is_kept_as_typed_for_the_validator_to_refuse()
    {
        var host = Some.Host();

        host.UpdateDetails(host.Details with { Phone = " 12 " });

        Assert.Equal("12", host.Phone);
    }

    [Fact]
    public void Archiving_and_restoring_change_only_the_archive_flag()
    {
        IArchivable[] records = [Some.Host(), new SchoolClass("2NDE1", null), new StaffMember("Durand", "Éric", null, "e.durand@ac-creteil.fr")];

        foreach (var record in records) record.Archive();
        Assert.All(records, r => Assert.True(r.IsArchived));
        foreach (var record in records) record.Restore();
        Assert.All(records, r => Assert.False(r.IsArchived));
    }

    [Fact]
    public void A_tutor_added_to_a_host_belongs_to_it_and_is_normalised()
    {
        var host = Some.Host();

        var tutor = host.AddTutor(" Morel ", "Hugo", null, " hugo@boulangerie.fr ", "06 11 22 33 44");

        Assert.Same(tutor, Assert.Single(host.Tutors));
        Assert.Equal((host.Id, host.SchoolId, "Morel", "", "hugo@boulangerie.fr", "0611223344"),
            (tutor.HostOrganisationId, tutor.SchoolId, tutor.LastName, tutor.Function, tutor.Email, tutor.Phone));
    }

    [Fact]
    public void A_tutor_without_a_name_is_refused() =>
        Assert.Throws<DomainException>(() => new Tutor(1, " ", "Hugo", null, null, null));

    [Fact]
    public void A_staff_member_login_address_is_stored_in_lower_case_and_required()
    {
        var staff = new StaffMember("Durand", "Éric", " CPE ", " Eric.Durand@AC-Creteil.fr ");

        Assert.Equal(("eric.durand@ac-creteil.fr", "CPE"), (staff.Email, staff.Function));
        Assert.Throws<DomainException>(() => staff.UpdateDetails("Durand", "Éric", null, " ", null));
        Assert.Equal("eric.durand@ac-creteil.fr", staff.Email);
    }

    [Fact]
    public void Availability_is_what_the_referent_proposal_reads()
    {
        var staff = new StaffMember("Durand", "Éric", null, "e.durand@ac-creteil.fr");

        staff.UpdateAvailability(availableDuringPeriod: false);

        Assert.False(staff.AvailableDuringPeriod);
    }

    [Fact]
    public void A_class_code_is_stored_as_siecle_writes_it_and_cannot_be_blank()
    {
        var schoolClass = new SchoolClass(" 2nde  3 ", " Seconde ");

        Assert.Equal(("2NDE 3", "Seconde"), (schoolClass.Code, schoolClass.Label));
        Assert.Throws<DomainException>(() => schoolClass.Rename("  ", null));
    }

    [Fact]
    public void The_principal_teachers_become_exactly_those_given()
    {
        var (a, b, c) = (new StaffMember("A", "A", null, "a@x.fr"), new StaffMember("B", "B", null, "b@x.fr"), new StaffMember("C", "C", null, "c@x.fr"));
        var schoolClass = new SchoolClass("2NDE1", null);
        schoolClass.AssignPrincipalTeachers([a, b]);

        schoolClass.AssignPrincipalTeachers([b, c]);

        Assert.Equal([b, c], schoolClass.PrincipalTeachers);
    }
}
