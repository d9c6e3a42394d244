#!/usr/bin/env bash
# Benchmark of the placement pages at the académie's scale: 42 000 pupils across 150 lycées in one database.
# Builds and starts the application in Release on the loopback (a throw-away SQLite file, demo data, daily-snapshot
# service off), fills the database (scripts/PlacementBenchmark), signs in as the Direction, a professeur principal and the
# académie, times each page (30 warm-up + 300 sequential requests) and writes the table to docs/performance.md
# (section "Suivi et tableau de bord (42 000 élèves, 150 lycées)").
#
# The lycées are inserted while the application runs, then the application is restarted on that existing database: its
# start-up computes the académie's figures per lycée (docs/decisions/0018-chiffres-de-l-academie.md), as in production.
# BENCH_ONLY=academie times the académie page and the sign-in view only, into the section "Page de l'académie (…)".
#
# Usage: scripts/bench-placement.sh   (BENCH_PORT=5191 BENCH_SCHOOLS=150 BENCH_PUPILS=42000 BENCH_REQUESTS=300 BENCH_WARMUP=30 to change;
#        national scale: BENCH_ONLY=academie BENCH_SCHOOLS=2600 BENCH_PUPILS=560000)
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

start_app() {
    ASPNETCORE_ENVIRONMENT=Development \
    ASPNETCORE_URLS="${URL}" \
    Database__SqlitePath="${WORK}/bench.db" \
    Logging__FilePath="${WORK}/logs/app-.log" \
    Serilog__MinimumLevel__Default=Warning \
    Snapshots__Enabled=false \
        dotnet run -c Release --no-build --project "${ROOT}/src/StageSeconde.Web" --no-launch-profile >>"${WORK}/app.out" 2>&1 &
    APP_PID=$!
}

stop_app() {
    kill -TERM -- "-${APP_PID}" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "${APP_PID}" 2>/dev/null || break; sleep 0.5; done
    kill -KILL -- "-${APP_PID}" 2>/dev/null || true
    wait "${APP_PID}" 2>/dev/null || true
    APP_PID=""
}

bench() {
    dotnet "${ROOT}/scripts/PlacementBenchmark/bin/Release/net10.0/PlacementBenchmark.dll" \
        --url "${URL}" \
        --db "${WORK}/bench.db" \
        --schools "${BENCH_SCHOOLS:-150}" \
        --pupils "${BENCH_PUPILS:-42000}" \
        --requests "${BENCH_REQUESTS:-300}" \
        --warmup "${BENCH_WARMUP:-30}" \
        --sdk "$(dotnet --version)" \
        --seed-file "${WORK}/seed-seconds" \
        --start-timeout 3600 \
        "$@"
}

status=0
# 1. Demo data, then the académie's lycées inserted straight into the database.
echo "Démarrage de l'application sur ${URL} (base ${WORK}/bench.db)…"
start_app
bench --seed-only true || status=$?
# 2. Restarted on that existing database: its start-up fills the académie's figures per lycée (ADR 0018), as in production.
if [[ ${status} -eq 0 ]]; then
    echo "Redémarrage de l'application (calcul des chiffres de l'académie au démarrage)…"
    stop_app
    start_app
    if [[ "${BENCH_ONLY:-}" == "academie" ]]; then
        bench --only academie --out "${ROOT}/docs/performance.md" || status=$?
    else
        bench --out "${ROOT}/docs/performance.md" || status=$?
    fi
fi

if [[ ${status} -ne 0 ]]; then
    echo "Échec ; fin du journal de l'application :" >&2
    tail -n 40 "${WORK}/app.out" >&2 || true
fi
exit "${status}"
