#!/usr/bin/env bash
# Benchmark of the in-school programme's batch PDF: every timetable and attendance sheet of a programme of 200 pupils
# (BENCH_PUPILS) in 8 groups (BENCH_GROUPS) over 20 half-days, drawn with the application's own ProgrammeDocuments and
# DocumentComposer (scripts/ProgrammePdfBenchmark, Release, no database, no server). Writes the figures into
# docs/performance.md (section « Programme au lycée : documents »). Not a timed test.
#
# Usage: scripts/bench-programme-pdf.sh
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

echo "Compilation (Release)…"
dotnet build -c Release "${ROOT}/scripts/ProgrammePdfBenchmark/ProgrammePdfBenchmark.csproj" -nologo -v quiet

dotnet "${ROOT}/scripts/ProgrammePdfBenchmark/bin/Release/net10.0/ProgrammePdfBenchmark.dll" \
    --pupils "${BENCH_PUPILS:-200}" --groups "${BENCH_GROUPS:-8}" --out "${ROOT}/docs/performance.md"
