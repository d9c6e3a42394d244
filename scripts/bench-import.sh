#!/usr/bin/env bash
# Import benchmark: generates a SIECLE export of 42 000 pupils and 70 000 guardians, then imports it through the real
# services (upload check, preview, confirmation; then a re-import) into a temporary SQLite database, and prints the
# figures to copy into docs/performance.md (section « Import SIECLE (42 000 élèves) »).
# Usage: scripts/bench-import.sh [PUPILS GUARDIANS]   (default 42000 70000). Each step is bounded by `timeout`.
set -euo pipefail
cd "$(dirname "$0")/.."
pupils="${1:-42000}"
guardians="${2:-70000}"
work="$(mktemp -d -t stageseconde-bench-XXXXXX)"
trap 'rm -rf "$work"' EXIT

timeout 900 dotnet build scripts/ImportBenchmark -c Release -nologo -v q >/dev/null
bin=scripts/ImportBenchmark/bin/Release/net10.0/ImportBenchmark.dll
timeout 600 dotnet "$bin" generate "$work" "$pupils" "$guardians"
timeout 900 dotnet "$bin" run "$work"
