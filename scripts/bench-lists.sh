#!/usr/bin/env bash
# Benchmark of the list and search pages with 5 000 pupils.
# Builds and starts the application in Release on the loopback (a throw-away SQLite file, demo data), tops the demo
# school up to 5 000 pupils, signs in as the secretariat, times each page (30 warm-up + 300 sequential requests) and
# writes the table to docs/performance.md (section "Listes et recherche (5 000 élèves)").
#
# Usage: scripts/bench-lists.sh            (BENCH_PORT=5190 BENCH_PUPILS=5000 BENCH_REQUESTS=300 BENCH_WARMUP=30 to change)
set -euo pipefail
set -m   # the application runs in its own process group, so that stopping it also stops the process `dotnet run` started

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PORT="${BENCH_PORT:-5190}"
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
dotnet build -c Release "${ROOT}/scripts/ListBenchmark/ListBenchmark.csproj" -nologo -v quiet

echo "Démarrage de l'application sur ${URL} (base ${WORK}/bench.db)…"
ASPNETCORE_ENVIRONMENT=Development \
ASPNETCORE_URLS="${URL}" \
Database__SqlitePath="${WORK}/bench.db" \
Logging__FilePath="${WORK}/logs/app-.log" \
Serilog__MinimumLevel__Default=Warning \
    dotnet run -c Release --no-build --project "${ROOT}/src/StageSeconde.Web" --no-launch-profile >"${WORK}/app.out" 2>&1 &
APP_PID=$!

status=0
dotnet "${ROOT}/scripts/ListBenchmark/bin/Release/net10.0/ListBenchmark.dll" \
    --url "${URL}" \
    --db "${WORK}/bench.db" \
    --pupils "${BENCH_PUPILS:-5000}" \
    --requests "${BENCH_REQUESTS:-300}" \
    --warmup "${BENCH_WARMUP:-30}" \
    --sdk "$(dotnet --version)" \
    --out "${ROOT}/docs/performance.md" || status=$?

if [[ ${status} -ne 0 ]]; then
    echo "Échec ; fin du journal de l'application :" >&2
    tail -n 40 "${WORK}/app.out" >&2 || true
fi
exit "${status}"
