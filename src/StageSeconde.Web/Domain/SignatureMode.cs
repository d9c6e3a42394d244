namespace StageSeconde.Web.Domain;

/// <summary>How a signature was given. Stored as an int: keep the values.</summary>
public enum SignatureMode
{
    Paper = 1,
    Electronic = 2,
    /// <summary>Signed outside the application (e.g. on the national platform), see <see cref="Agreement.ExternalSignatureReference"/>.</summary>
    External = 3,
}
