using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Data.Configurations;

public sealed class PlacementDeclarationConfiguration : IEntityTypeConfiguration<PlacementDeclaration>
{
    public void Configure(EntityTypeBuilder<PlacementDeclaration> b)
    {
        b.Property(d => d.Note).HasMaxLength(PlacementDeclaration.NoteMaxLength);
        b.Property(d => d.DeclaredBy).HasMaxLength(256).IsRequired();
        b.Property(d => d.Country).HasMaxLength(PlacementDeclaration.CountryMaxLength);
        b.Property(d => d.Organisation).HasMaxLength(PlacementDeclaration.OrganisationMaxLength);
        b.HasIndex(d => new { d.SchoolId, d.StudentId, d.DeclaredAt });
        b.HasOne<School>().WithMany().HasForeignKey(d => d.SchoolId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(d => d.Student).WithMany().HasForeignKey(d => d.StudentId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<StaffMember>().WithMany().HasForeignKey(d => d.DeclaredByStaffId).OnDelete(DeleteBehavior.SetNull);
    }
}
