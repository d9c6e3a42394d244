namespace StageSeconde.Web.Domain;

/// <summary>
/// A record created from a form that carries a request id (ADR 0009): the id is kept with the record, under a unique
/// (school, request) index, so that the same form sent twice finds the record instead of creating it again.
/// </summary>
public interface ICreatedByRequest
{
    Guid? CreationRequestId { get; }
}

public static class CreationRequest
{
    /// <summary>The id a form was sent with, or null for none (an empty id is a tampered form: a new request).</summary>
    public static Guid? Sent(Guid? requestId) => requestId is { } id && id != Guid.Empty ? id : null;
}
