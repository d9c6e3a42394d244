using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Storage;

namespace StageSeconde.Web.Infrastructure.Imports;

public sealed record StoredUpload(string Token, string FilePath, UploadInfo Info);
