#!/usr/bin/env bash
# Load benchmark of the main pages at the académie's scale (42 000 pupils across 150 lycées in one database), with wrk.
# Builds and starts the application in Release on the loopback (demo data, daily-snapshot service off), fills the database
# (scripts/PlacementBenchmark --mode fill: the same data as scripts/bench-placement.sh), signs in as the Direction, a
# professeur principal and the académie, then, for each route, a warm-up and a bounded wrk run with the account's cookie:
# the sign-in view (anonymous, the ceiling every page shares), the pupil list, the conventions list, the professeur
# principal's board, the Direction's dashboard and the académie page. Prints req/s, p50 and p99 and the ratio to the
# sign-in view measured in the same run, and writes the table to docs/performance.md (section "Sous charge (wrk) : …").
#
# Usage: scripts/bench-load.sh
#   BENCH_DB=sqlite (default) or BENCH_DB=postgresql (PostgreSQL 15 cluster on this machine: a throw-away database
#   bench_load_<pid> is created and dropped at exit)
#   BENCH_THREADS=2 BENCH_CONNECTIONS=16 BENCH_DURATION=10s BENCH_WARMUP=3s BENCH_PORT=5197 BENCH_SCHOOLS=150 BENCH_PUPILS=42000
#   BENCH_ROUTES="connexion suivi"   only some routes (names: connexion eleves conventions suivi tableau-de-bord academie)
#   BENCH_NO_DOC=1                   do not write docs/performance.md
#   BENCH_SQLITE_FILE=/tmp/x.db      keep the filled SQLite file there (filled once, reused by the next runs)
#   BENCH_APP_ROOT=/path/to/checkout  serve the application built in another copy of the repository (before/after
#                                     comparisons in the same conditions); BENCH_NO_BUILD=1 to use the builds as they are
set -euo pipefail
set -m   # the application runs in its own process group, so that stopping it also stops the process `dotnet run` started

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PORT="${BENCH_PORT:-5197}"
URL="http://127.0.0.1:${PORT}"
DB_KIND="${BENCH_DB:-sqlite}"
THREADS="${BENCH_THREADS:-2}"
CONNECTIONS="${BENCH_CONNECTIONS:-16}"
DURATION="${BENCH_DURATION:-10s}"
WARMUP="${BENCH_WARMUP:-3s}"
TIMEOUT="${BENCH_TIMEOUT:-10s}"   # a slower answer counts as an error (wrk's default is 2 s)
ROUTES="${BENCH_ROUTES:-connexion eleves conventions suivi tableau-de-bord academie}"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/stageseconde-load.XXXXXX")"
APP_PID=""
PG_DB=""

psql_admin() { if [[ "$(id -u)" == 0 ]]; then runuser -u postgres -- psql -v ON_ERROR_STOP=1 -q "$@"; else sudo -u postgres psql -v ON_ERROR_STOP=1 -q "$@"; fi; }

cleanup() {
    if [[ -n "${APP_PID}" ]] && kill -0 "${APP_PID}" 2>/dev/null; then
        kill -TERM -- "-${APP_PID}" 2>/dev/null || true
        for _ in $(seq 1 20); do kill -0 "${APP_PID}" 2>/dev/null || break; sleep 0.5; done
        kill -KILL -- "-${APP_PID}" 2>/dev/null || true
    fi
    if [[ -n "${PG_DB}" ]]; then
        psql_admin -c "DROP DATABASE IF EXISTS ${PG_DB} WITH (FORCE)" || true
        psql_admin -c "DROP ROLE IF EXISTS ${PG_DB}" || true
    fi
    rm -rf "${WORK}"
}
trap cleanup EXIT

case "${DB_KIND}" in
    sqlite|postgresql) ;;
    *) echo "BENCH_DB : sqlite ou postgresql." >&2; exit 2 ;;
esac
if ! command -v wrk >/dev/null; then
    echo "wrk est introuvable : apt-get install -y wrk" >&2
    exit 1
fi
if (exec 3<>"/dev/tcp/127.0.0.1/${PORT}") 2>/dev/null; then
    echo "Le port ${PORT} est déjà utilisé : choisissez-en un autre avec BENCH_PORT." >&2
    exit 1
fi

APP_ROOT="${BENCH_APP_ROOT:-${ROOT}}"
if [[ -z "${BENCH_NO_BUILD:-}" ]]; then
    echo "Compilation (Release)…"
    dotnet build -c Release "${APP_ROOT}/src/StageSeconde.Web/StageSeconde.Web.csproj" -nologo -v quiet
    dotnet build -c Release "${ROOT}/scripts/PlacementBenchmark/PlacementBenchmark.csproj" -nologo -v quiet
fi
BENCH="${ROOT}/scripts/PlacementBenchmark/bin/Release/net10.0/PlacementBenchmark.dll"

declare -a DB_ENV
if [[ "${DB_KIND}" == postgresql ]]; then
    pg_ctlcluster 15 main status >/dev/null 2>&1 || pg_ctlcluster 15 main start
    PG_DB="bench_load_$$"
    PG_PASSWORD="bench-$$-$RANDOM$RANDOM"
    psql_admin -c "CREATE ROLE ${PG_DB} LOGIN PASSWORD '${PG_PASSWORD}'"
    psql_admin -c "CREATE DATABASE ${PG_DB} OWNER ${PG_DB}"
    DB_CONNECTION="Host=127.0.0.1;Port=5432;Database=${PG_DB};Username=${PG_DB};Password=${PG_PASSWORD}"
    DB_ENV=(Database__Provider=PostgreSQL "ConnectionStrings__PostgreSQL=${DB_CONNECTION}")
    echo "Base PostgreSQL jetable ${PG_DB}."
else
    DB_CONNECTION="${BENCH_SQLITE_FILE:-${WORK}/bench.db}"
    DB_ENV=(Database__Provider=Sqlite "Database__SqlitePath=${DB_CONNECTION}")
    echo "Base SQLite ${DB_CONNECTION}."
fi

echo "Démarrage de l'application sur ${URL}…"
env ASPNETCORE_ENVIRONMENT=Development \
    ASPNETCORE_URLS="${URL}" \
    "${DB_ENV[@]}" \
    Logging__FilePath="${WORK}/logs/app-.log" \
    Serilog__MinimumLevel__Default=Warning \
    Snapshots__Enabled=false \
    dotnet run -c Release --no-build --project "${APP_ROOT}/src/StageSeconde.Web" --no-launch-profile >"${WORK}/app.out" 2>&1 &
APP_PID=$!

LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg | sed 's| | / |g')"
if ! dotnet "${BENCH}" --mode fill --provider "${DB_KIND}" --url "${URL}" --db "${DB_CONNECTION}" \
        --schools "${BENCH_SCHOOLS:-150}" --pupils "${BENCH_PUPILS:-42000}" --out "${WORK}/session"; then
    echo "Échec du remplissage ; fin du journal de l'application :" >&2
    tail -n 40 "${WORK}/app.out" >&2 || true
    exit 1
fi
CLASS="$(cat "${WORK}/session/principal-class")"
# The application's own process (`dotnet run` starts it as a child): its CPU time per request is the figure that holds on a
# machine shared with other work, where req/s depend on the share of the cores the application gets.
SERVER_PID="$(pgrep -P "${APP_PID}" -f StageSeconde.Web | head -n1 || true)"
[[ -n "${SERVER_PID}" ]] || SERVER_PID="${APP_PID}"
TICKS="$(getconf CLK_TCK)"
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/${SERVER_PID}/stat"; }

# wrk prints its usual report, then (done() below) one tab-separated line: req/s, p50 and p99 in ms, requests, errors.
cat >"${WORK}/report.lua" <<'LUA'
done = function(summary, latency, requests)
    local errors = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
    io.write(string.format("RESULT\t%.1f\t%.2f\t%.2f\t%d\t%d\n", summary.requests / (summary.duration / 1e6),
        latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.requests, errors))
end
LUA

: >"${WORK}/results.tsv"
measure() {   # name account cookie-file route
    local name="$1" account="$2" cookie_file="$3" route="$4"
    [[ " ${ROUTES} " == *" ${name} "* ]] || return 0
    local -a header=()
    [[ -n "${cookie_file}" ]] && header=(-H "Cookie: $(cat "${WORK}/session/${cookie_file}")")
    # The page must answer 200 with this cookie (a redirection to /connexion would be measured as a success by wrk).
    local check
    check="$(curl -s -o "${WORK}/page" -w '%{http_code}' "${header[@]}" "${URL}${route}")"
    if [[ "${check}" != 200 ]]; then
        echo "${route} : réponse ${check} au lieu de 200." >&2
        return 1
    fi
    local bytes
    bytes="$(stat -c %s "${WORK}/page")"
    wrk -t"${THREADS}" -c"${CONNECTIONS}" -d"${WARMUP}" --timeout "${TIMEOUT}" "${header[@]}" "${URL}${route}" >/dev/null
    local out before after
    before="$(cpu_ticks)"
    out="$(wrk -t"${THREADS}" -c"${CONNECTIONS}" -d"${DURATION}" --timeout "${TIMEOUT}" --latency -s "${WORK}/report.lua" "${header[@]}" "${URL}${route}")"
    after="$(cpu_ticks)"
    local line
    line="$(grep '^RESULT' <<<"${out}" | cut -f2-)"
    IFS=$'\t' read -r rps p50 p99 requests errors <<<"${line}"
    local cpu
    cpu="$(awk -v t="$((after - before))" -v hz="${TICKS}" -v n="${requests}" 'BEGIN { printf "%.2f", (n > 0 ? t * 1000 / hz / n : 0) }')"
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "${account}" "${route}" "${rps}" "${p50}" "${p99}" "${requests}" "${errors}" "${bytes}" "${cpu}" >>"${WORK}/results.tsv"
    printf '%-28s %-22s %8s req/s   p50 %7s ms   p99 %7s ms   CPU %6s ms/req   %s requêtes, %s erreurs, %s octets\n' \
        "${route}" "${account}" "${rps}" "${p50}" "${p99}" "${cpu}" "${requests}" "${errors}" "${bytes}"
}

echo
echo "wrk -t${THREADS} -c${CONNECTIONS} -d${DURATION} --latency (échauffement ${WARMUP}) ; charge moyenne : ${LOAD_BEFORE}"
measure connexion "Anonyme" "" "/connexion"
measure eleves "Direction" cookie-direction "/eleves"
measure conventions "Direction" cookie-direction "/conventions"
measure suivi "Professeur principal" cookie-principal "/suivi?classe=${CLASS}"
measure tableau-de-bord "Direction" cookie-direction "/tableau-de-bord"
measure academie "Académie" cookie-academie "/academie"

status=0
declare -a doc=()
[[ -z "${BENCH_NO_DOC:-}" ]] && doc=(--out "${ROOT}/docs/performance.md")
dotnet "${BENCH}" --mode load-report --provider "${DB_KIND}" --results "${WORK}/results.tsv" --seed "${WORK}/session/seed.json" \
    --sdk "$(dotnet --version)" --wrk "-t${THREADS} -c${CONNECTIONS} -d${DURATION} --timeout ${TIMEOUT}" --wrk-warmup "${WARMUP}" --timeout "${TIMEOUT}" \
    --wrk-version "$(wrk -v 2>&1 | head -n1 | cut -d' ' -f1-2)" --load-before "${LOAD_BEFORE}" "${doc[@]}" || status=$?
exit "${status}"
