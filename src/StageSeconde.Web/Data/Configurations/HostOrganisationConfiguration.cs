using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Data.Configurations;

public sealed class HostOrganisationConfiguration : IEntityTypeConfiguration<HostOrganisation>
{
    public void Configure(EntityTypeBuilder<HostOrganisation> b)
    {
        // One record per creation form (ADR 0009); null for the others (filtered under SQL Server).
        b.HasIndex(h => new { h.SchoolId, h.CreationRequestId }).IsUnique();

        b.Property(h => h.Name).HasMaxLength(200).IsRequired();
        b.Property(h => h.Siret).HasMaxLength(14).IsRequired();
        b.Property(h => h.AddressLine).HasMaxLength(300);
        b.Property(h => h.PostalCode).HasMaxLength(5);
        b.Property(h => h.City).HasMaxLength(100);
        b.Property(h => h.RepresentativeName).HasMaxLength(200);
        b.Property(h => h.RepresentativeFunction).HasMaxLength(200);
        b.Property(h => h.Email).HasMaxLength(200);
        b.Property(h => h.Phone).HasMaxLength(20);
        b.Property(h => h.Insurer).HasMaxLength(200);
        b.Property(h => h.ActivitySector).HasMaxLength(HostOrganisation.ActivitySectorMaxLength);
        b.Property(h => h.InsurancePolicyNumber).HasMaxLength(100);
        b.Property(h => h.SearchKey).HasMaxLength(310).IsRequired();

        b.HasIndex(h => new { h.SchoolId, h.Siret }).IsUnique();
        b.HasIndex(h => new { h.SchoolId, h.SearchKey });

        b.HasOne<School>().WithMany().HasForeignKey(h => h.SchoolId).OnDelete(DeleteBehavior.Restrict);
    }
}
