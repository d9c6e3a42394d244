using FluentValidation;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Validation;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.Students;

/// <summary>The create/edit form of a student.</summary>
public sealed class StudentForm : IVersionedForm
{
    public int Version { get; set; }
    public string? Ine { get; set; }
    public string? LastName { get; set; }
    public string? FirstName { get; set; }
    public DateOnly? BirthDate { get; set; }
    public int? SchoolClassId { get; set; }
    public string? AddressLine { get; set; }
    public string? PostalCode { get; set; }
    public string? City { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public bool IsSthr { get; set; }
    /// <summary>The creation form's request id (ADR 0009): the same form sent twice creates one record.</summary>
    public Guid? RequestId { get; set; }

    public static StudentForm From(Student s) => new()
    {
        Version = s.Version, Ine = s.Ine, LastName = s.LastName, FirstName = s.FirstName, BirthDate = s.BirthDate,
        SchoolClassId = s.SchoolClassId, AddressLine = s.AddressLine, PostalCode = s.PostalCode, City = s.City,
        Email = s.Email, Phone = s.Phone is null ? null : FrenchIdentifiers.FormatPhone(s.Phone), IsSthr = s.IsSthr,
    };

    /// <summary>A new student from the validated form.</summary>
    public Student ToStudent()
    {
        var student = new Student(SchoolClassId!.Value, Ine, LastName!, FirstName!, BirthDate!.Value, IsSthr);
        student.UpdateContact(AddressLine, PostalCode, City, Email, Phone);
        student.RecordCreationRequest(RequestId);
        return student;
    }

    /// <summary>Copies the validated form onto the student (the entity normalises).</summary>
    public void ApplyTo(Student s)
    {
        s.UpdateDetails(Ine, LastName!, FirstName!, BirthDate!.Value, SchoolClassId!.Value, IsSthr);
        s.UpdateContact(AddressLine, PostalCode, City, Email, Phone);
    }
}

/// <summary>The form's own rules; the class's existence in the school and the INE's uniqueness: <see cref="StudentFormModelValidator"/>.</summary>
public sealed class StudentFormValidator : AbstractValidator<StudentForm>
{
    public StudentFormValidator(TimeProvider clock)
    {
        RuleFor(f => f.Ine).Ine();
        RuleFor(f => f.LastName).Required("Nom").MaxChars(100);
        RuleFor(f => f.FirstName).Required("Prénom").MaxChars(100);
        RuleFor(f => f.BirthDate).NotNull().WithMessage("Date de naissance : ce champ est obligatoire.")
            .PlausibleSecondeBirthDate(clock);
        RuleFor(f => f.SchoolClassId).NotNull().WithMessage("Classe : choisissez une classe.");
        RuleFor(f => f.AddressLine).MaxChars(300);
        RuleFor(f => f.PostalCode).PostalCode();
        RuleFor(f => f.City).MaxChars(100);
        RuleFor(f => f.Email).Email().MaxChars(200);
        RuleFor(f => f.Phone).FrenchPhone();
    }
}
