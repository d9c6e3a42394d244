#!/usr/bin/env bash
# Benchmark of the in-school programme's timetable generator (issue 10): a lycée of 200 pupils (40 supervisors, 15 rooms)
# and one of 1 000 pupils (150 supervisors, 50 rooms) over the period's 20 half-days; each timetable is checked by
# TimetableConflicts.Find. Prints and writes the figures into docs/performance.md
# (section "Emploi du temps du programme au lycée").
# Usage: scripts/bench-timetable.sh [RUNS]   (default 20 timed runs per instance, after 3 warm-up runs).
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-20}"
timeout 900 dotnet build scripts/TimetableBenchmark -c Release -nologo -v q
timeout 900 dotnet scripts/TimetableBenchmark/bin/Release/net10.0/TimetableBenchmark.dll "$runs" docs/performance.md
