namespace StageSeconde.Web.Infrastructure.Imports;

/// <summary>The students' export: parameters, students (left ones included), addresses when the variant has them.</summary>
public sealed record SiecleStudentsExport(SiecleParameters Parameters, IReadOnlyList<SiecleStudent> Students, IReadOnlyDictionary<string, SiecleAddress> Addresses, bool HasAddresses);
