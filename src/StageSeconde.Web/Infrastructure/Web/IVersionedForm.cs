namespace StageSeconde.Web.Infrastructure.Web;

/// <summary>An edit form that carries the version of the record it was based on (optimistic concurrency, ADR 0006).</summary>
public interface IVersionedForm
{
    int Version { get; set; }
}
