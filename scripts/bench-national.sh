#!/usr/bin/env bash
# National-scale benchmark on PostgreSQL: ~2 600 lycées, ~560 000 pupils of 2nde in one database.
# Creates a throw-away database on the local cluster (prefix bench_national_, dropped at exit unless BENCH_KEEP=1) and applies
# the application's PostgreSQL migrations, starts the application in Release on the loopback against it (demo lycée and its
# logins, daily-snapshot service off), fills it through binary COPY (scripts/NationalBenchmark), imports a lycée's whole SIECLE
# export through the real ImportService, signs in as the Direction, a professeur principal and the académie, times the sign-in
# view (reference), the board, the dashboard and the académie page (sequential, then a short wrk run per route when wrk is
# installed) and writes the figures to docs/performance.md (section "Échelle nationale (PostgreSQL)").
#
# Usage: scripts/bench-national.sh
#   BENCH_SCHOOLS=2600 BENCH_PUPILS=560000   scale (the demo lycée counts as one lycée, its pupils among the pupils)
#   BENCH_IMPORTS=1500                       SIECLE exports to import, comma-separated pupil counts (e.g. 1500,42000; 0 = none;
#                                            up to 5 000 a whole lycée's export, a third in 2nde; beyond, 2nde only)
#   BENCH_REQUESTS=200 BENCH_WARMUP=20 BENCH_ACADEMIE_REQUESTS=10   sequential requests
#   BENCH_WRK_SECONDS=10 BENCH_WRK_CONNECTIONS=16                   wrk run per route (0 seconds = no wrk)
#   BENCH_ACADEMIE_WRK_SECONDS=60                                   wrk run of the académie page (2 connections)
#   BENCH_PORT=5192  BENCH_KEEP=1 (keep the database)  BENCH_OUT=docs/performance.md (empty = print only)
#   BENCH_PG=Host=127.0.0.1;Port=5432;Username=stageseconde;Password=stageseconde;Database=postgres  (a role that may create databases)
set -euo pipefail
set -m   # the application runs in its own process group, so that stopping it also stops the process `dotnet run` started

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PORT="${BENCH_PORT:-5192}"
URL="http://127.0.0.1:${PORT}"
SERVER="${BENCH_PG:-Host=127.0.0.1;Port=5432;Username=stageseconde;Password=stageseconde;Database=postgres}"
DB="bench_national_$(date +%Y%m%d%H%M%S)_$$"
CONNECTION="${SERVER/Database=postgres/Database=${DB}};Maximum Pool Size=100"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/stageseconde-national.XXXXXX")"
BIN="${ROOT}/scripts/NationalBenchmark/bin/Release/net10.0/NationalBenchmark.dll"
OUT="${BENCH_OUT-${ROOT}/docs/performance.md}"
APP_PID=""
CREATED=""

cleanup() {
    if [[ -n "${APP_PID}" ]] && kill -0 "${APP_PID}" 2>/dev/null; then
        kill -TERM -- "-${APP_PID}" 2>/dev/null || true
        for _ in $(seq 1 20); do kill -0 "${APP_PID}" 2>/dev/null || break; sleep 0.5; done
        kill -KILL -- "-${APP_PID}" 2>/dev/null || true
    fi
    if [[ -n "${CREATED}" ]]; then
        if [[ "${BENCH_KEEP:-0}" == "1" ]]; then
            echo "Base conservée (BENCH_KEEP=1) : ${DB} ; à supprimer avec : dotnet ${BIN} drop-db --server '${SERVER}' --name ${DB}"
        else
            dotnet "${BIN}" drop-db --server "${SERVER}" --name "${DB}" || true
        fi
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
dotnet build -c Release "${ROOT}/scripts/NationalBenchmark/NationalBenchmark.csproj" -nologo -v quiet

echo "Création de la base ${DB}…"
CREATED=1
dotnet "${BIN}" create-db --server "${SERVER}" --name "${DB}"

echo "Démarrage de l'application sur ${URL} (PostgreSQL, base ${DB})…"
ASPNETCORE_ENVIRONMENT=Development \
ASPNETCORE_URLS="${URL}" \
Database__Provider=PostgreSQL \
ConnectionStrings__PostgreSQL="${CONNECTION}" \
Storage__Path="${WORK}/files" \
Logging__FilePath="${WORK}/logs/app-.log" \
Serilog__MinimumLevel__Default=Warning \
Snapshots__Enabled=false \
Retention__Enabled=false \
    dotnet run -c Release --no-build --project "${ROOT}/src/StageSeconde.Web" --no-launch-profile >"${WORK}/app.out" 2>&1 &
APP_PID=$!

status=0
dotnet "${BIN}" run \
    --url "${URL}" \
    --connection "${CONNECTION}" \
    --schools "${BENCH_SCHOOLS:-2600}" \
    --pupils "${BENCH_PUPILS:-560000}" \
    --imports "${BENCH_IMPORTS:-1500}" \
    --requests "${BENCH_REQUESTS:-200}" \
    --warmup "${BENCH_WARMUP:-20}" \
    --academie-requests "${BENCH_ACADEMIE_REQUESTS:-10}" \
    --wrk-seconds "${BENCH_WRK_SECONDS:-10}" \
    --wrk-connections "${BENCH_WRK_CONNECTIONS:-16}" \
    --academie-wrk-seconds "${BENCH_ACADEMIE_WRK_SECONDS:-60}" \
    --sdk "$(dotnet --version)" \
    --out "${OUT}" || status=$?

if [[ ${status} -ne 0 ]]; then
    echo "Échec ; fin du journal de l'application :" >&2
    tail -n 40 "${WORK}/app.out" >&2 || true
fi
exit "${status}"
