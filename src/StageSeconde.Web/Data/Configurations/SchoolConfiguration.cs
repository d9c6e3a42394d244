using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Data.Configurations;

public sealed class SchoolConfiguration : IEntityTypeConfiguration<School>
{
    public void Configure(EntityTypeBuilder<School> b)
    {
        b.Property(s => s.Uai).HasMaxLength(8).IsRequired();
        b.HasIndex(s => s.Uai).IsUnique();
        b.Property(s => s.Name).HasMaxLength(200).IsRequired();
        b.Property(s => s.AddressLine).HasMaxLength(200);
        b.Property(s => s.PostalCode).HasMaxLength(5);
        b.Property(s => s.City).HasMaxLength(100);
        b.Property(s => s.Phone).HasMaxLength(20);
        b.Property(s => s.Email).HasMaxLength(200);
        b.Property(s => s.Academy).HasMaxLength(100);
        b.Property(s => s.HeadName).HasMaxLength(200);
        b.Property(s => s.HeadEmail).HasMaxLength(200);
        b.Property(s => s.HeadPhone).HasMaxLength(20);
        b.Property(s => s.AlertDelayMinutes).HasDefaultValue(School.DefaultAlertDelayMinutes);
        b.Property(s => s.OpensAt).HasDefaultValue(new TimeOnly(8, 0));
        b.Property(s => s.ClosesAt).HasDefaultValue(new TimeOnly(18, 0));
        b.Property(s => s.HeadUserId).HasMaxLength(450);
        b.Property(s => s.FamilyAbsenceTemplate).HasMaxLength(School.FamilyAbsenceTemplateMaxLength);
    }
}
