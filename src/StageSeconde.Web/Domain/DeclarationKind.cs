namespace StageSeconde.Web.Domain;

/// <summary>What a professeur principal, the direction or the secrétariat declares about a student besides conventions.</summary>
public enum DeclarationKind
{
    /// <summary>En recherche, with a dated note. A note withdraws nothing (<see cref="Withdrawal"/> does).</summary>
    Searching = 1,
    /// <summary>SNU: séjour de cohésion or mission d'intérêt général, with its dates (covers the weeks its dates overlap).</summary>
    Snu = 2,
    /// <summary>European or international mobility of at least two weeks, with its dates, country and organisation (covers both weeks).</summary>
    Mobility = 3,
    /// <summary>Exemption: an STHR student opting out, or a decision of the direction alone with its reason (covers both weeks).</summary>
    Exempted = 4,
    /// <summary>In-school programme, for the weeks named (the programme's enrolments count too).</summary>
    InSchoolProgramme = 5,
    /// <summary>Explicit withdrawal of one alternative (<see cref="PlacementDeclaration.Withdraws"/>).</summary>
    Withdrawal = 6,
    /// <summary>An STHR student who chooses to do the sequence (no longer exempted by default).</summary>
    SthrDoesSequence = 7,
}

/// <summary>The two kinds of SNU that stand for the sequence.</summary>
public enum SnuKind
{
    /// <summary>Séjour de cohésion.</summary>
    CohesionStay = 1,
    /// <summary>Mission d'intérêt général.</summary>
    GeneralInterestMission = 2,
}

/// <summary>The grounds the texts give for an exemption.</summary>
public enum ExemptionGround
{
    /// <summary>An STHR student opting out (the sequence is optional for them).</summary>
    SthrOptOut = 1,
    /// <summary>A decision of the direction alone, with its reason.</summary>
    DirectionDecision = 2,
}
