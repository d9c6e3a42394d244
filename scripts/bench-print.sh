#!/usr/bin/env bash
# Benchmark of convention printing: 1 convention, then a batch of 600 (BENCH_COUNT) drawn into one PDF with the
# application's own AgreementDocument and DocumentComposer (scripts/PrintBenchmark, Release, no database, no server).
# Reports times, pages, file sizes and the peak working set, and writes them to docs/performance.md
# (section "Impression des conventions").
#
# Usage: scripts/bench-print.sh            (BENCH_COUNT=600; BENCH_KEEP=/some/folder keeps the PDFs to look at them)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

echo "Compilation (Release)…"
dotnet build -c Release "${ROOT}/scripts/PrintBenchmark/PrintBenchmark.csproj" -nologo -v quiet

args=(--count "${BENCH_COUNT:-600}" --sdk "$(dotnet --version)" --out "${ROOT}/docs/performance.md")
if [[ -n "${BENCH_KEEP:-}" ]]; then
    mkdir -p "${BENCH_KEEP}"
    args+=(--keep "${BENCH_KEEP}")
fi

dotnet "${ROOT}/scripts/PrintBenchmark/bin/Release/net10.0/PrintBenchmark.dll" "${args[@]}"
