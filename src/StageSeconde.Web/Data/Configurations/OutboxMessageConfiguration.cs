using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Data.Configurations;

public sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> b)
    {
        b.ToTable("OutboxMessages");
        b.Property(m => m.To).HasMaxLength(OutboxMessage.AddressMaxLength).IsRequired();
        b.Property(m => m.Subject).HasMaxLength(OutboxMessage.SubjectMaxLength).IsRequired();
        b.Property(m => m.Body).IsRequired();
        b.Property(m => m.Topic).HasMaxLength(OutboxMessage.TopicMaxLength).IsRequired();
        b.Property(m => m.LastError).HasMaxLength(OutboxMessage.ErrorMaxLength);
        // The dispatcher's query: pending messages that are due, oldest first.
        b.HasIndex(m => new { m.Status, m.NextAttemptAt });
        b.HasIndex(m => new { m.SchoolId, m.Topic, m.RelatedId });
        b.HasOne<School>().WithMany().HasForeignKey(m => m.SchoolId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(m => m.Attempts).WithOne().HasForeignKey(a => a.OutboxMessageId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(m => m.Attempts).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
