using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Data.Configurations;

public sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("AuditEntries");
        b.Property(e => e.UserName).HasMaxLength(AuditEntry.UserNameMaxLength).IsRequired();
        b.Property(e => e.Target).HasMaxLength(AuditEntry.TargetMaxLength);
        b.Property(e => e.IpAddress).HasMaxLength(AuditEntry.IpAddressMaxLength);
        // The Direction's page: one school's entries, newest first, filtered by pupil; the purge: the oldest entries.
        b.HasIndex(e => new { e.SchoolId, e.At });
        b.HasIndex(e => new { e.SchoolId, e.StudentId });
        b.HasIndex(e => e.At);
        // No foreign keys on purpose: a log line outlives what it names (a deleted pupil, a removed school).
    }
}
