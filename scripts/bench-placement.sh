#!/usr/bin/env bash
# Benchmark of the placement pages at the académie's scale: 42 000 pupils across 150 lycées in one database.
# Builds and starts the application in Release on the loopback (a throw-away SQLite file, demo data, daily-snapshot
# service off), fills the database (scripts/PlacementBenchmark), signs in as the Direction, a professeur principal and the
# académie, times each page (30 warm-up + 300 sequential requests) and writes the table to docs/performance.md
# (section "Suivi et tableau de bord (42 000 élèves, 150 lycées)").
#
# Usage: scripts/bench-placement.sh   (BENCH_PORT=5191 BENCH_SCHOOLS=150 BENCH_PUPILS=42000 BENCH_REQUESTS=300 BENCH_WARMUP=30 to change)
set -euo pipefail
set -m   # the application runs in its own process group, so that stopping it also stops the process `dotnet run` started

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PORT="${BENCH_PORT:-5191}"
URL="http://127.0.0.1:${PORT}"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/stageseconde-bench.XXXXXX")"
APP_PID=""

cleanup() {
    if [[ -n "${APP_PID}" ]] && kill -0 "${APP_PID}" 2>/dev/null; then
        kill -TERM -- "-${APP_PID}" 2>/dev/null || true
        for _ in $(seq 1 20); do kill -0 "${APP_PID}" 2>/dev/null || break; sleep 0.5; done
        kill -KILL -- "-${APP_PID}" 2>/dev/null || true
    fi
    rm -rf "${WORK}"
}
trap cleanup EXIT

if (exec 3<>"/dev/tcp/127.0.0.1/${PORT}") 2>/dev/null; then
    echo "Le port ${PORT} est déjà utilisé : choisissez-en un autre avec BENCH_PORT." >&2
    exit 1
fi

echo "Compilation (Release)…"
dotnet build -c Release "${ROOT}/src/StageSeconde.Web/StageSeconde.Web.csproj" -nologo -v quiet
dotnet build -c Release "${ROOT}/scripts/PlacementBenchmark/PlacementBenchmark.csproj" -nologo -v quiet

echo "Démarrage de l'application sur ${URL} (base ${WORK}/bench.db)…"
ASPNETCORE_ENVIRONMENT=Development \
ASPNETCORE_URLS="${URL}" \
Database__SqlitePath="${WORK}/bench.db" \
Logging__FilePath="${WORK}/logs/app-.log" \
Serilog__MinimumLevel__Default=Warning \
Snapshots__Enabled=false \
    dotnet run -c Release --no-build --project "${ROOT}/src/StageSeconde.Web" --no-launch-profile >"${WORK}/app.out" 2>&1 &
APP_PID=$!

status=0
dotnet "${ROOT}/scripts/PlacementBenchmark/bin/Release/net10.0/PlacementBenchmark.dll" \
    --url "${URL}" \
    --db "${WORK}/bench.db" \
    --schools "${BENCH_SCHOOLS:-150}" \
    --pupils "${BENCH_PUPILS:-42000}" \
    --requests "${BENCH_REQUESTS:-300}" \
    --warmup "${BENCH_WARMUP:-30}" \
    --sdk "$(dotnet --version)" \
    --out "${ROOT}/docs/performance.md" || status=$?

if [[ ${status} -ne 0 ]]; then
    echo "Échec ; fin du journal de l'application :" >&2
    tail -n 40 "${WORK}/app.out" >&2 || true
fi
exit "${status}"
