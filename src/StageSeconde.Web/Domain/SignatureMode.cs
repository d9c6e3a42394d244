namespace StageSeconde.Web.Domain;

/// <summary>How a signature was given. Stored as an int: keep the values.</summary>
public enum SignatureMode
{
    Paper = 1,
    Electronic = 2,
}
