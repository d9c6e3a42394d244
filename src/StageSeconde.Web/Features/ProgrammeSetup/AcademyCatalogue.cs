using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Domain.Programme;

namespace StageSeconde.Web.Features.ProgrammeSetup;

/// <summary>
/// The académie's list of activities for the pupils welcomed at their lycée (Annexe 1 of the guidance, DESIGN.md §6): the
/// starting point of every lycée's catalogue, which the Direction then edits. Links are addresses that exist (ONISEP,
/// Onisep TV); a lycée adds its own.
/// </summary>
public static class AcademyCatalogue
{
    public const string Onisep = "https://www.onisep.fr";
    public const string OnisepTv = "https://oniseptv.onisep.fr";

    public sealed record Entry(string Name, ProgrammeTheme Theme, string Description, string? Link, int LengthInHalfDays, RoomKind RoomKind,
        int MaxGroupSize, SupervisorKind SupervisorKind, bool IsOuting)
    {
        public ProgrammeActivity ToActivity() =>
            new(Name, Theme, Description, Link, LengthInHalfDays, RoomKind, MaxGroupSize, SupervisorKind, IsOuting);
    }

    public static IReadOnlyList<Entry> Entries { get; } =
    [
        new("Enquête métier : entretien avec un professionnel du lycée", ProgrammeTheme.JobInquiry,
            "Identifier les professionnels qui travaillent au lycée (agents, administration, vie scolaire, santé, enseignants…) " +
            "et réaliser un entretien par jour : préparer les questions, mener l'entretien, en garder une trace.",
            null, 1, RoomKind.Classroom, 15, SupervisorKind.Any, false),
        new("Fiche métier", ProgrammeTheme.JobInquiry,
            "Rédiger la fiche du métier découvert lors de l'entretien : missions, formation, conditions de travail, qualités attendues.",
            Onisep, 1, RoomKind.Cdi, 15, SupervisorKind.Librarian, false),
        new("Découvrir un secteur ou un métier avec les ressources de l'ONISEP", ProgrammeTheme.DiscoverSectors,
            "Chaque jour, un secteur ou un métier découvert avec les ressources de l'ONISEP : fiches métiers, portraits de pros, " +
            "« Métier en direct » ; restitution en quelques lignes.",
            Onisep, 1, RoomKind.ComputerRoom, 15, SupervisorKind.Any, false),
        new("Onisep TV : portraits de professionnels en vidéo", ProgrammeTheme.DiscoverSectors,
            "Visionner des vidéos de professionnels sur Onisep TV, comparer les parcours et les métiers d'un même secteur.",
            OnisepTv, 1, RoomKind.Cdi, 15, SupervisorKind.Librarian, false),
        new("Quiz sur les secteurs professionnels", ProgrammeTheme.DiscoverSectors,
            "Un quiz en équipes sur les secteurs professionnels et leurs métiers, pour vérifier et enrichir ce qui a été découvert.",
            Onisep, 1, RoomKind.Classroom, 30, SupervisorKind.Any, false),
        new("Égalité filles-garçons et métiers", ProgrammeTheme.DiscoverSectors,
            "Repérer les stéréotypes attachés aux métiers, découvrir des parcours de femmes et d'hommes dans des métiers où ils sont peu nombreux.",
            Onisep, 1, RoomKind.Classroom, 30, SupervisorKind.Teacher, false),
        new("Visite d'entreprise", ProgrammeTheme.MeetProfessionals,
            "Une journée dans une entreprise du bassin : découverte des services, rencontre des salariés, observation du travail.",
            null, 2, RoomKind.Outside, 15, SupervisorKind.Teacher, true),
        new("Rencontre d'un professionnel ou d'un ambassadeur de lycée professionnel", ProgrammeTheme.MeetProfessionals,
            "Un professionnel, ou un élève ambassadeur d'un lycée professionnel, présente son métier ou sa formation et répond aux questions.",
            null, 1, RoomKind.Hall, 30, SupervisorKind.Any, false),
        new("Visite des ateliers d'un lycée professionnel", ProgrammeTheme.MeetProfessionals,
            "Visite des ateliers et plateaux techniques d'un lycée professionnel voisin, échange avec les élèves et les enseignants.",
            null, 1, RoomKind.Outside, 15, SupervisorKind.Teacher, true),
        new("Échange en ligne avec un professionnel", ProgrammeTheme.MeetProfessionals,
            "Une visioconférence avec un professionnel : présentation de son métier et questions préparées par les élèves.",
            null, 1, RoomKind.ComputerRoom, 15, SupervisorKind.Teacher, false),
        new("Se connaître et valoriser ses expériences en compétences", ProgrammeTheme.KnowOneself,
            "Avec le ou la psychologue de l'Éducation nationale : identifier ses centres d'intérêt, traduire ses expériences " +
            "(scolaires, sportives, associatives, familiales) en compétences.",
            null, 1, RoomKind.Classroom, 15, SupervisorKind.PsyEn, false),
    ];

    /// <summary>
    /// Adds to the school's catalogue the activities of the académie's list it does not have yet (same name, archived ones
    /// included: an archived activity is restored by hand, not added again). Returns how many were added; the caller saves.
    /// </summary>
    public static async Task<int> AddMissingAsync(AppDbContext db, CancellationToken ct)
    {
        var names = (await db.ProgrammeActivities.Select(a => a.Name).ToListAsync(ct)).Select(SearchText.Normalize).ToHashSet();
        var missing = Entries.Where(e => !names.Contains(SearchText.Normalize(e.Name))).ToList();
        foreach (var entry in missing) db.ProgrammeActivities.Add(entry.ToActivity());
        return missing.Count;
    }
}
