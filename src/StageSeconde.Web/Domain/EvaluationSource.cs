namespace StageSeconde.Web.Domain;

/// <summary>Who entered a tutor's evaluation: the tutor from their link, or the referent teacher (for instance after a phone call).</summary>
public enum EvaluationSource
{
    TutorLink = 1,
    Referent = 2,
}
