namespace StageSeconde.Web.Domain.Programme;

/// <summary>The kind of room an activity of the in-school programme needs. Stored as an int: keep the values.</summary>
public enum RoomKind { Cdi = 1, ComputerRoom = 2, Classroom = 3, Hall = 4, Outside = 5 }

/// <summary>Who may supervise an activity; <see cref="Any"/> is only an activity's need. Stored as an int: keep the values.</summary>
public enum SupervisorKind { Any = 0, Teacher = 1, Librarian = 2, PsyEn = 3, Aed = 4 }

/// <summary>The themes of the académie's list of activities (Annexe 1). Stored as an int: keep the values.</summary>
public enum ProgrammeTheme { JobInquiry = 1, DiscoverSectors = 2, MeetProfessionals = 3, KnowOneself = 4 }
