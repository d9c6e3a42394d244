using FluentValidation;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Imports;

namespace StageSeconde.Web.Features.Imports;

/// <summary>The upload form: which kind of file, and the file.</summary>
public sealed class UploadForm
{
    public ImportKind? Kind { get; set; }
    public IFormFile? File { get; set; }
}

public sealed class UploadFormValidator : AbstractValidator<UploadForm>
{
    public UploadFormValidator()
    {
        RuleFor(f => f.Kind).NotNull().WithMessage("Type de fichier : choisissez une valeur.").IsInEnum().WithMessage("Type de fichier inconnu.");
        RuleFor(f => f.File).NotNull().WithMessage("Fichier : choisissez le fichier à importer.")
            .DependentRules(() =>
            {
                RuleFor(f => f.File!).Must(f => f.Length > 0).WithMessage("Le fichier est vide.")
                    .Must(f => f.Length <= ImportFiles.MaxUploadBytes).WithMessage(ImportFiles.TooLargeMessage);
                RuleFor(f => f.File!).Must(f => Extension(f) is ".xml" or ".zip").When(f => f.Kind is ImportKind.SiecleStudents or ImportKind.SiecleGuardians)
                    .WithMessage("Un export SIECLE est un fichier .xml, ou l'archive .zip qui le contient.");
                RuleFor(f => f.File!).Must(f => Extension(f) is ".csv" or ".txt").When(f => f.Kind is ImportKind.CsvStudents or ImportKind.CsvHosts)
                    .WithMessage("Le modèle s'importe en .csv : dans Excel, « Enregistrer sous » puis « CSV (séparateur : point-virgule) ».");
            });
    }

    private static string Extension(IFormFile file) => Path.GetExtension(file.FileName).ToLowerInvariant();
}
