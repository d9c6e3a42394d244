using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace StageSeconde.Web.Infrastructure.Web;

/// <summary>Flash messages carried across a post/redirect/get and shown once by the layout as DSFR alerts.</summary>
public static class Flash
{
    public const string SuccessKey = "flash-success";
    public const string ErrorKey = "flash-error";
    public const string InfoKey = "flash-info";

    public static void Success(this ITempDataDictionary tempData, string message) => tempData[SuccessKey] = message;
    public static void Error(this ITempDataDictionary tempData, string message) => tempData[ErrorKey] = message;
    public static void Info(this ITempDataDictionary tempData, string message) => tempData[InfoKey] = message;
}
