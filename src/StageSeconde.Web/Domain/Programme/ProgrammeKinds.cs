namespace StageSeconde.Web.Domain.Programme;

/// <summary>The kind of room an activity of the in-school programme needs. <see cref="Outside"/>: no room is booked (an outing).</summary>
public enum RoomKind
{
    Cdi = 1,
    ComputerRoom = 2,
    Classroom = 3,
    Hall = 4,
    Outside = 5,
}

/// <summary>The kind of staff member who supervises a group. <see cref="Any"/> is only an activity's need: every kind will do.</summary>
public enum SupervisorKind
{
    Any = 0,
    Teacher = 1,
    Librarian = 2,
    PsyEn = 3,
    Aed = 4,
}

/// <summary>The four themes of the académie's programme; each group meets every one of them.</summary>
public enum ProgrammeTheme
{
    JobInquiry = 1,
    DiscoverSectors = 2,
    MeetProfessionals = 3,
    KnowOneself = 4,
}

/// <summary>The French words the generator and the conflict check use in their messages.</summary>
public static class ProgrammeLabels
{
    public static string Theme(ProgrammeTheme theme) => theme switch
    {
        ProgrammeTheme.JobInquiry => "Enquête métier",
        ProgrammeTheme.DiscoverSectors => "Découvrir les secteurs et les métiers",
        ProgrammeTheme.MeetProfessionals => "Rencontrer des professionnels",
        ProgrammeTheme.KnowOneself => "Se connaître",
        _ => theme.ToString(),
    };

    public static string Room(RoomKind kind) => kind switch
    {
        RoomKind.Cdi => "CDI",
        RoomKind.ComputerRoom => "salle informatique",
        RoomKind.Classroom => "salle de classe",
        RoomKind.Hall => "salle polyvalente",
        RoomKind.Outside => "hors du lycée",
        _ => kind.ToString(),
    };

    public static string Supervisor(SupervisorKind kind) => kind switch
    {
        SupervisorKind.Any => "tout encadrant",
        SupervisorKind.Teacher => "enseignant",
        SupervisorKind.Librarian => "professeur documentaliste",
        SupervisorKind.PsyEn => "PsyEN",
        SupervisorKind.Aed => "AED",
        _ => kind.ToString(),
    };
}
