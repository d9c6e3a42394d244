namespace StageSeconde.Web.Infrastructure.Web;

/// <summary>
/// Edit pages take a view model whose <c>Form</c> property is the posted form: fields are named <c>Form.X</c>,
/// actions bind with <c>[Bind(Prefix = FormModel.Prefix)]</c> and validation errors are added under the same prefix.
/// </summary>
public static class FormModel
{
    public const string Prefix = "Form";
    public static string Field(string property) => Prefix + "." + property;
}
