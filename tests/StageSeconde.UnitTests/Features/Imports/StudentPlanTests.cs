using StageSeconde.Web.Domain;
using StageSeconde.Web.Features.Imports;

namespace StageSeconde.UnitTests.Features.Imports;

public sealed class StudentPlanTests
{
    private static readonly Dictionary<int, string> Classes = new() { [1] = "2NDE1", [2] = "2NDE2" };
    private static readonly StudentPlanOptions Siecle = new(MarkAbsentAsLeft: true, new DateOnly(2026, 9, 15));
    private static readonly StudentPlanOptions Csv = new(MarkAbsentAsLeft: false, new DateOnly(2026, 9, 15));

    private static StudentRecord Record(string? siecleId, string? ine, string last, string first, string classCode = "2NDE1", DateOnly? birth = null,
        string? email = null, string? phone = null, bool? sthr = false, IReadOnlyList<GuardianRecord>? guardians = null) =>
        new($"élève {siecleId}", siecleId, ine, last, first, birth ?? new DateOnly(2011, 3, 14), classCode, sthr, email, phone, null, guardians ?? []);

    private static Student Stored(int id, string? siecleId, string? ine, string last, string first, int classId = 1, DateOnly? birth = null, DateOnly? leftOn = null)
    {
        var s = new Student(classId, ine, last, first, birth ?? new DateOnly(2011, 3, 14)) { Id = id, SchoolId = 1 };
        if (siecleId is not null) s.LinkToSiecle(siecleId);
        if (leftOn is { } on) s.Leave(on);
        return s;
    }

    /// <summary>What the confirmation does, without a database: creates get ids, updates and leaves are applied.</summary>
    private static List<Student> Apply(List<Student> stored, StudentPlan plan)
    {
        var byId = stored.ToDictionary(s => s.Id);
        var codes = Classes.ToDictionary(c => c.Value, c => c.Key, StringComparer.OrdinalIgnoreCase);
        foreach (var code in plan.ClassesToCreate) codes[code] = codes.Count + 1;
        var nextId = stored.Count == 0 ? 1 : stored.Max(s => s.Id) + 1;
        var nextGuardian = 1000;
        foreach (var r in plan.Creates)
        {
            var s = new Student(codes[r.ClassCode], r.Ine, r.LastName, r.FirstName, r.BirthDate) { Id = nextId++, SchoolId = 1 };
            StudentImport.Apply(s, r);
            stored.Add(s);
        }
        foreach (var (id, r) in plan.Updates)
        {
            StudentImport.Apply(byId[id], r);
            byId[id].MoveToClass(codes[r.ClassCode]);
        }
        foreach (var (id, on) in plan.Leaves) byId[id].Leave(on);
        foreach (var g in stored.SelectMany(s => s.Guardians).Where(g => g.Id == 0)) g.Id = nextGuardian++;
        return stored;
    }

    [Fact]
    public void Creates_new_students_and_the_classes_they_need()
    {
        var plan = StudentPlan.Build([], Classes, [Record("1", null, "DUPONT", "Léa"), Record("2", "1234567890A", "MARTIN", "Hugo", "2NDE7")], [], Siecle);

        Assert.Equal(2, plan.Created);
        Assert.Equal(["2NDE7"], plan.ClassesToCreate);
        Assert.Contains("Classe(s) à créer : 2NDE7.", plan.Notes);
        Assert.True(plan.HasChanges);
    }

    [Fact]
    public void Importing_the_same_records_again_changes_nothing()
    {
        var guardians = new[] { new GuardianRecord(null, "DUPONT", "Camille", GuardianRelationship.Mother, true, "c@exemple.fr", "0612345678", null, null) };
        var records = new[]
        {
            Record("1", null, "DUPONT", "Léa", email: "lea@exemple.fr", guardians: guardians),
            Record("2", "1234567890A", "CŒUR", "Zoé", "2NDE9", phone: "0611223344"),
        };
        var stored = Apply([], StudentPlan.Build([], Classes, records, [], Siecle));
        var classes = new Dictionary<int, string>(Classes) { [3] = "2NDE9" };

        var again = StudentPlan.Build(stored, classes, records, [], Siecle);

        Assert.Equal(2, again.Unchanged);
        Assert.False(again.HasChanges);
        Assert.Empty(again.ClassesToCreate);
    }

    [Fact]
    public void An_update_lists_exactly_the_changed_fields()
    {
        var stored = Stored(10, "1", "1234567890A", "DUPONT", "Léa");
        stored.UpdateContact(null, null, null, "ancien@exemple.fr", "0600000000");

        var plan = StudentPlan.Build([stored], Classes, [Record("1", "1234567890A", "DUPONT", "Léa", "2NDE2", email: "nouveau@exemple.fr")], [], Siecle);

        var entry = Assert.Single(plan.Entries);
        Assert.Equal(ImportOutcome.Update, entry.Outcome);
        Assert.Equal([new FieldChange("Classe", "2NDE1", "2NDE2"), new FieldChange("Courriel", "ancien@exemple.fr", "nouveau@exemple.fr")], entry.Changes);
        Assert.Equal(10, Assert.Single(plan.Updates).StudentId);
    }

    [Fact]
    public void A_value_absent_from_the_file_never_erases_the_stored_one()
    {
        var stored = Stored(10, "1", "1234567890A", "DUPONT", "Léa");
        stored.UpdateContact(null, null, null, "lea@exemple.fr", null);
        stored.UpdateDetails(stored.Ine, stored.LastName, stored.FirstName, stored.BirthDate, stored.SchoolClassId, isSthr: true);

        var plan = StudentPlan.Build([stored], Classes, [Record("1", ine: null, "DUPONT", "Léa", sthr: null)], [], Siecle);

        Assert.Equal(1, plan.Unchanged);
    }

    [Fact]
    public void Matches_by_siecle_id_then_ine_then_name_and_birth_date()
    {
        var bySiecle = Stored(1, "100", "1111111111A", "AUTRE", "Nom");
        var byIne = Stored(2, null, "2222222222B", "MARTIN", "Hugo");
        var byName = Stored(3, null, null, "Cœur", "Zoé", birth: new DateOnly(2011, 2, 2));

        var plan = StudentPlan.Build([bySiecle, byIne, byName], Classes,
        [
            Record("100", "1111111111A", "NOUVEAU", "Nom"),
            Record("200", "2222222222B", "MARTIN", "Hugo"),
            Record("300", null, "CŒUR", "ZOÉ", birth: new DateOnly(2011, 2, 2)),
            Record("400", null, "CŒUR", "Zoé", birth: new DateOnly(2011, 2, 3)),
        ], [], Siecle);

        Assert.Equal([1, 2, 3], plan.Updates.Select(u => u.StudentId).Order());
        Assert.Equal("400", Assert.Single(plan.Creates).SiecleId);
        Assert.Contains(plan.Entries.Single(e => e.Where == "élève 200").Changes, c => c == new FieldChange("Identifiant SIECLE", null, "200"));
        Assert.Equal(0, plan.Left);
    }

    [Fact]
    public void Two_stored_homonyms_born_the_same_day_are_not_guessed()
    {
        var plan = StudentPlan.Build([Stored(1, null, null, "MARTIN", "Hugo"), Stored(2, null, null, "MARTIN", "Hugo")], Classes,
            [Record("9", null, "MARTIN", "Hugo")], [], Csv);

        Assert.Equal(1, plan.Created);
    }

    [Fact]
    public void A_student_absent_from_a_newer_siecle_export_is_marked_as_left_not_deleted()
    {
        var stays = Stored(1, "1", null, "DUPONT", "Léa");
        var gone = Stored(2, "2", null, "MARTIN", "Hugo");
        var alreadyGone = Stored(3, "3", null, "PETIT", "Jean", leftOn: new DateOnly(2026, 1, 1));

        var plan = StudentPlan.Build([stays, gone, alreadyGone], Classes, [Record("1", null, "DUPONT", "Léa")], [], Siecle);

        Assert.Equal([(2, new DateOnly(2026, 9, 15))], plan.Leaves);
        Assert.Equal(1, plan.Left);
        Assert.Equal("MARTIN Hugo (2NDE1)", plan.Entries.Single(e => e.Outcome == ImportOutcome.Leave).Label);
    }

    [Fact]
    public void A_csv_file_marks_nobody_as_left()
    {
        var plan = StudentPlan.Build([Stored(1, null, null, "MARTIN", "Hugo")], Classes, [Record(null, null, "DUPONT", "Léa")], [], Csv);

        Assert.Empty(plan.Leaves);
    }

    [Fact]
    public void A_student_who_left_according_to_siecle_is_marked_on_that_date_once()
    {
        var active = Stored(1, "1", null, "DUPONT", "Léa");
        var left = Stored(2, "2", null, "MARTIN", "Hugo", leftOn: new DateOnly(2026, 11, 3));
        var sightings = new[]
        {
            new StudentSighting(PlanEntry.Ignored("élève 1", "DUPONT Léa", "Sorti(e)."), "1", null, "DUPONT", "Léa", new DateOnly(2011, 3, 14), new DateOnly(2026, 11, 3)),
            new StudentSighting(PlanEntry.Ignored("élève 2", "MARTIN Hugo", "Sorti(e)."), "2", null, "MARTIN", "Hugo", new DateOnly(2011, 3, 14), new DateOnly(2026, 11, 3)),
            new StudentSighting(PlanEntry.Ignored("élève 3", "NEUF Paul", "Sorti(e)."), "3", null, "NEUF", "Paul", null, new DateOnly(2026, 11, 3)),
        };

        var plan = StudentPlan.Build([active, left], Classes, [], sightings, Siecle);

        Assert.Equal([(1, new DateOnly(2026, 11, 3))], plan.Leaves);
        Assert.Equal(2, plan.Ignored);
    }

    [Fact]
    public void A_student_seen_but_not_imported_is_not_taken_for_absent()
    {
        var rejectedButStored = Stored(1, "1", null, "DUPONT", "Léa");
        var otherDivision = Stored(2, "2", null, "MARTIN", "Hugo");
        var sightings = new[]
        {
            new StudentSighting(PlanEntry.Rejected("élève 1", "DUPONT Léa", "DATE_NAISS", "illisible"), "1", null, "DUPONT", "Léa", null),
            new StudentSighting(PlanEntry.Ignored("élève 2", "MARTIN Hugo", "Division 1G1 non retenue."), "2", null, "MARTIN", "Hugo", null),
        };

        var plan = StudentPlan.Build([rejectedButStored, otherDivision], Classes, [], sightings, Siecle);

        Assert.Empty(plan.Leaves);
        Assert.Equal(1, plan.Rejected);
        Assert.Equal(1, plan.Ignored);
    }

    [Fact]
    public void A_student_back_in_the_export_is_no_longer_marked_as_left()
    {
        var plan = StudentPlan.Build([Stored(1, "1", null, "DUPONT", "Léa", leftOn: new DateOnly(2026, 1, 5))], Classes, [Record("1", null, "DUPONT", "Léa")], [], Siecle);

        Assert.Equal([new FieldChange("Sortie", "05/01/2026", null)], Assert.Single(plan.Entries).Changes);
    }

    [Fact]
    public void The_same_siecle_id_or_ine_twice_in_the_file_is_rejected_after_the_first()
    {
        var plan = StudentPlan.Build([], Classes,
        [
            Record("1", "1234567890A", "DUPONT", "Léa"),
            Record("1", null, "DUPONT", "Léa"),
            Record("2", "1234567890A", "MARTIN", "Hugo"),
        ], [], Siecle);

        Assert.Equal(1, plan.Created);
        Assert.Equal(["ELEVE_ID", "INE"], plan.Entries.Where(e => e.Outcome == ImportOutcome.Reject).Select(e => e.Field));
    }

    [Fact]
    public void Csv_guardians_are_added_then_updated_by_name()
    {
        var stored = Stored(1, null, "1234567890A", "DUPONT", "Léa");
        stored.Guardians.Add(new Guardian { Id = 7, StudentId = 1, LastName = "DUPONT", FirstName = "Camille", Relationship = GuardianRelationship.Mother, Email = "old@exemple.fr" });
        var guardians = new[]
        {
            new GuardianRecord(null, "Dupont", "Camille", null, true, "new@exemple.fr", null, null, null),
            new GuardianRecord(null, "DUPONT", "Marc", GuardianRelationship.Father, true, null, "0611111111", null, null),
        };

        var plan = StudentPlan.Build([stored], Classes, [Record(null, "1234567890A", "DUPONT", "Léa", guardians: guardians)], [], Csv);

        var changes = Assert.Single(plan.Entries).Changes;
        Assert.Contains(new FieldChange("Responsable Camille DUPONT : nom", "DUPONT", "Dupont"), changes);
        Assert.Contains(new FieldChange("Responsable Camille DUPONT : courriel", "old@exemple.fr", "new@exemple.fr"), changes);
        Assert.Contains(new FieldChange("Responsable ajouté", null, "Marc DUPONT (père)"), changes);
        Assert.Single(stored.Guardians); // the plan works on a copy
    }

    [Fact]
    public void A_csv_student_listed_twice_without_ine_is_imported_once_and_a_reimport_changes_nothing()
    {
        var records = new[] { Record(null, null, "DUPONT", "Léa"), Record(null, null, "Dupont", "Lea") };

        var plan = StudentPlan.Build([], Classes, records, [], Csv);
        Assert.Single(plan.Creates);
        Assert.Contains(plan.Entries, e => e.Reason?.Contains("figure plusieurs fois dans le fichier sans INE") == true);

        var stored = Apply([], plan);
        var again = StudentPlan.Build(stored, Classes, records, [], Csv);
        Assert.Empty(again.Creates);
        Assert.False(again.HasChanges);
    }
}
