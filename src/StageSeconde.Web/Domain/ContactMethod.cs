namespace StageSeconde.Web.Domain;

/// <summary>How someone was reached: the family about an absence, or a student by their referent teacher.</summary>
public enum ContactMethod
{
    Phone = 1,
    Sms = 2,
    Email = 3,
    Letter = 4,
    InPerson = 5,
    /// <summary>A visit at the host (referent teacher's follow-up).</summary>
    Visit = 6,
    /// <summary>A message through the school's digital workspace (ENT).</summary>
    Message = 7,
}
