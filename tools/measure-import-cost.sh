#!/usr/bin/env bash
# Twin of tools/Measure-ImportCost.ps1 for bash: how much importing SecLake adds to a process start (figures, not a
# pass/fail test). Median of RUNS timed starts of each command, alternating, after WARMUP untimed ones.
#   With pwsh on PATH:  `pwsh -NoProfile -Command exit`  vs  `pwsh -NoProfile -Command "Import-Module out/SecLake/SecLake.psd1"`
#   Without pwsh:       the xunit suite's stand-in for a pwsh process (tests/SecLake.HostProbe): a bare start vs one that
#                       imports out/SecLake/SecLake.dll the way Import-Module does (not pwsh's own figure: its bare start
#                       is far lighter than pwsh's, so only the added milliseconds carry over).
# Usage: [RUNS=15] [WARMUP=2] [CONFIGURATION=Release] tools/measure-import-cost.sh
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${RUNS:-15}"; warmup="${WARMUP:-2}"; configuration="${CONFIGURATION:-Release}"
psd1="$PWD/out/SecLake/SecLake.psd1"
[ -f "$psd1" ] || { echo "No module at $psd1: run ./build.sh build first." >&2; exit 1; }

if command -v pwsh >/dev/null 2>&1; then
  what="pwsh $(pwsh -NoProfile -NonInteractive -Command '$PSVersionTable.PSVersion.ToString()')"
  bare=(pwsh -NoProfile -NonInteractive -Command exit)
  import=(pwsh -NoProfile -NonInteractive -Command "Import-Module '$psd1' -ErrorAction Stop; exit")
else
  probe="tests/SecLake.HostProbe/bin/$configuration/net10.0/SecLake.HostProbe.dll"
  [ -f "$probe" ] || { echo "pwsh is not on PATH and the stand-in $probe is not built (./build.sh build)." >&2; exit 1; }
  what="no pwsh: the stand-in host (dotnet $probe)"
  # Both warm the reflection paths Import-Module uses first (pwsh has used them on its own assemblies by then).
  bare=(dotnet "$probe" --module "$PWD/out/SecLake/SecLake.dll" warm-reflection)
  import=(dotnet "$probe" --module "$PWD/out/SecLake/SecLake.dll" warm-reflection import)
fi

# Wall-clock microseconds of one run; a failing run stops the measurement.
run_us() {
  local start end
  start=$(date +%s%N)
  "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }
  end=$(date +%s%N)
  echo $(( (end - start) / 1000 ))
}
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

for _ in $(seq 1 "$warmup"); do run_us "${bare[@]}" >/dev/null; run_us "${import[@]}" >/dev/null; done
bare_us=(); import_us=()
for _ in $(seq 1 "$runs"); do
  bare_us+=("$(run_us "${bare[@]}")")
  import_us+=("$(run_us "${import[@]}")")
done
bare_median=$(printf '%s\n' "${bare_us[@]}" | median)
import_median=$(printf '%s\n' "${import_us[@]}" | median)

echo "host:      $what"
echo "runs:      $runs timed of each, alternating, after $warmup warm-up runs of each"
awk -v b="$bare_median" -v i="$import_median" 'BEGIN {
  printf "bare:      %.1f ms (median)\nimport:    %.1f ms (median)\nadded:     %.1f ms\nratio:     %.3f (import/bare; issue 3 budget for pwsh: at most 1.10)\n", b / 1000, i / 1000, (i - b) / 1000, i / b }'
if [ -n "${probe:-}" ]; then
  # The stand-in also times its import step in-process (load SecLake.dll, analyse its types, run the initializer).
  in_process=$(for _ in $(seq 1 "$runs"); do
    "${import[@]}" | python3 -c 'import json,sys; print([s for s in json.load(sys.stdin)["Steps"] if s["Step"] == "import"][0]["Facts"]["elapsedMs"])'
  done | median)
  printf 'in-process import step: %.1f ms (median of %s)\n' "$in_process" "$runs"
fi
