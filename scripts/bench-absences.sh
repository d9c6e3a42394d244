#!/usr/bin/env bash
# Absence alerts benchmark (issue 9): 500 absences reported through tutors' links in bursts, every alert e-mail accepted
# by a local SMTP server exactly once; prints and writes the figures into docs/performance.md.
# Usage: scripts/bench-absences.sh [REPORTS BURST]   (default 500 50).
set -euo pipefail
cd "$(dirname "$0")/.."
reports="${1:-500}"
burst="${2:-50}"
timeout 900 dotnet build scripts/AbsenceBenchmark -c Release -nologo -v q
timeout 900 dotnet scripts/AbsenceBenchmark/bin/Release/net10.0/AbsenceBenchmark.dll "$reports" "$burst" docs/performance.md
