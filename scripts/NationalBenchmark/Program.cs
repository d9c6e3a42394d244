// National-scale benchmark on PostgreSQL, run by scripts/bench-national.sh (loopback only):
//   create-db --server CS --name NAME    creates a throw-away database and applies the application's PostgreSQL migrations;
//   drop-db   --server CS --name NAME    drops it;
//   run --url URL --connection CS ...    once the application (started against that database, demo data) answers: fills the
//                                        database with ~2 600 lycées / ~560 000 pupils through binary COPY, imports SIECLE
//                                        exports through the real ImportService, times the sign-in view, the board, the dashboard
//                                        and the académie page (sequential, then wrk if installed), writes docs/performance.md.
using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using StageSeconde.Bench;
using StageSeconde.Web.Data;
using StageSeconde.Web.Infrastructure.Security;

if (args.Length < 1)
{
    Console.Error.WriteLine("usage: NationalBenchmark create-db|drop-db|run --option valeur …");
    return 2;
}
var options = Options.Parse(args.Skip(1).ToArray());
switch (args[0])
{
    case "create-db":
    {
        var name = options.Require("name");
        if (!name.StartsWith("bench_national_", StringComparison.Ordinal)) throw new ArgumentException("Le nom de la base doit commencer par bench_national_.");
        await using (var server = new NpgsqlConnection(options.Require("server")))
        {
            await server.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", server);
            await create.ExecuteNonQueryAsync();
        }
        var watch = Stopwatch.StartNew();
        var connection = new NpgsqlConnectionStringBuilder(options.Require("server")) { Database = name }.ToString();
        await using (var db = new PostgresAppDbContext(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql(connection).Options, NoCurrentUser.Instance))
            await db.Database.MigrateAsync();
        Console.WriteLine($"Base {name} créée et migrée en {watch.Elapsed.TotalSeconds:0.0} s.");
        return 0;
    }
    case "drop-db":
    {
        var name = options.Require("name");
        if (!name.StartsWith("bench_national_", StringComparison.Ordinal)) throw new ArgumentException("Seules les bases bench_national_* sont supprimées ici.");
        NpgsqlConnection.ClearAllPools();
        await using var server = new NpgsqlConnection(options.Require("server"));
        await server.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", server);
        await drop.ExecuteNonQueryAsync();
        Console.WriteLine($"Base {name} supprimée.");
        return 0;
    }
    case "run":
        return await Run.ExecuteAsync(options);
    default:
        Console.Error.WriteLine($"Commande inconnue : {args[0]}");
        return 2;
}

namespace StageSeconde.Bench
{
    internal sealed class Options(Dictionary<string, string> values)
    {
        public static Options Parse(string[] args)
        {
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            if (args.Length % 2 != 0) throw new ArgumentException("Chaque option --nom attend une valeur.");
            for (var i = 0; i + 1 < args.Length; i += 2)
            {
                if (!args[i].StartsWith("--", StringComparison.Ordinal)) throw new ArgumentException($"Option inattendue : {args[i]}");
                values[args[i][2..]] = args[i + 1];
            }
            return new Options(values);
        }

        public string Require(string key) => values.TryGetValue(key, out var value) && value.Length > 0 ? value : throw new ArgumentException($"--{key} est obligatoire.");
        public string Get(string key, string fallback) => values.TryGetValue(key, out var value) && value.Length > 0 ? value : fallback;
        public string? Optional(string key) => values.TryGetValue(key, out var value) && value.Length > 0 ? value : null;

        public int Int(string key, int fallback, int min, int max)
        {
            var value = int.Parse(Get(key, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);
            if (value < min || value > max) throw new ArgumentOutOfRangeException(key, $"--{key} doit être entre {min} et {max}.");
            return value;
        }
    }

    internal static class Machine
    {
        public static string LoadAverage()
        {
            try { return string.Join(" / ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)); }
            catch (IOException) { return "inconnue"; }
        }

        public static string CpuModel()
        {
            try
            {
                var line = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
                return line is null ? "processeur inconnu" : line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
            }
            catch (IOException) { return "processeur inconnu"; }
        }

        public static string Memory()
        {
            try
            {
                var line = File.ReadLines("/proc/meminfo").First(l => l.StartsWith("MemTotal", StringComparison.Ordinal));
                var kb = long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
                return $"{kb / 1024 / 1024} Go de mémoire";
            }
            catch (IOException) { return "mémoire inconnue"; }
        }
    }
}
