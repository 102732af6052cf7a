#!/usr/bin/env bash
# SecLake build for machines with bash (build.ps1 is the same for PowerShell users). Tasks:
#   ./build.sh build    restore, compile, lay the module out in out/SecLake
#   ./build.sh test     build, run the xunit suite and (when pwsh is on PATH) the Pester suite; prints one total line
#   ./build.sh demo     build, start the local emulator, run the main job against it (SECLAKE_DEMO_AWS=1: real AWS)
#   ./build.sh package  build, then the PowerShell Gallery .nupkg in out/
#   ./build.sh clean
set -uo pipefail
cd "$(dirname "$0")"
task="${1:-build}"
configuration="${CONFIGURATION:-Release}"
results="artifacts/test-results"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

build() {
  dotnet build Module.sln -c "$configuration" -v q -nologo || return 1
  dotnet publish src/SecLake/SecLake.csproj -c "$configuration" -v q -nologo --no-build || return 1
}

emulator_dll="tests/SecLake.Emulator/bin/$configuration/net10.0/SecLake.Emulator.dll"

# Starts the emulator on a free port; sets EMULATOR_URL and EMULATOR_PID.
start_emulator() {
  local port_file; port_file="$(mktemp)"; rm -f "$port_file"
  dotnet "$emulator_dll" --port 0 --port-file "$port_file" --ledger-create-delay 1 --ledger-delete-delay 1 --datalake-delay 1 >/dev/null 2>&1 &
  EMULATOR_PID=$!
  for _ in $(seq 1 100); do
    [ -s "$port_file" ] && break
    sleep 0.1
  done
  EMULATOR_URL="$(cat "$port_file" 2>/dev/null)"; rm -f "$port_file"
  [ -n "$EMULATOR_URL" ] || { echo "the emulator did not start" >&2; return 1; }
}

# Prints "passed failed skipped" from a TRX file's counters.
trx_counts() {
  python3 - "$1" <<'PY'
import sys, xml.etree.ElementTree as ET
c = ET.parse(sys.argv[1]).getroot().find('.//{*}Counters')
total, passed, failed = int(c.get('total')), int(c.get('passed')), int(c.get('failed')) + int(c.get('error', 0)) + int(c.get('timeout', 0)) + int(c.get('aborted', 0))
print(passed, failed, total - passed - failed)
PY
}

run_tests() {
  build || return 1
  rm -rf "$results"; mkdir -p "$results"
  local passed=0 failed=0 skipped=0 status=0

  dotnet test tests/SecLake.Tests/SecLake.Tests.csproj -c "$configuration" --no-build -nologo \
    --logger "trx;LogFileName=xunit.trx" --logger "console;verbosity=normal" --results-directory "$results" \
    > "$results/xunit.log" 2>&1 || status=1
  grep -E "^\s+(Failed|Skipped) " "$results/xunit.log" | head -50
  if [ -f "$results/xunit.trx" ]; then
    read -r p f s < <(trx_counts "$results/xunit.trx")
    echo "xunit: $p passed, $f failed, $s skipped"
    passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + s))
  else
    tail -30 "$results/xunit.log"; echo "xunit: no results (build or run failed)"; failed=$((failed + 1)); status=1
  fi

  local pester_count; pester_count=$(cat tests/Pester/*.Tests.ps1 2>/dev/null | grep -cE '^\s*It\s')
  if command -v pwsh >/dev/null 2>&1; then
    pwsh -NoProfile -NonInteractive -File tests/Pester/Invoke-SecLakePester.ps1 -Configuration "$configuration" -ResultFile "$results/pester.txt" || status=1
    if [ -f "$results/pester.txt" ]; then
      read -r p f s < "$results/pester.txt"
      echo "pester: $p passed, $f failed, $s skipped"
      passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + s))
    else
      echo "pester: did not report"; failed=$((failed + 1)); status=1
    fi
  else
    echo "pester: skipped, pwsh is not on PATH (${pester_count:-0} Pester tests not run; install PowerShell 7.4+ and Pester 5 to run them)"
    skipped=$((skipped + ${pester_count:-0}))
  fi

  [ "$failed" -eq 0 ] || status=1
  echo "$passed passed, $failed failed, $skipped skipped"
  return $status
}

run_demo() {
  build || return 1
  local endpoint_args=()
  if [ "${SECLAKE_DEMO_AWS:-0}" != "1" ]; then
    start_emulator || return 1
    trap 'kill "$EMULATOR_PID" 2>/dev/null' EXIT
    echo "Local emulator at $EMULATOR_URL (set SECLAKE_DEMO_AWS=1 to use your AWS account instead)"
    export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY AWS_REGION=us-east-1
    unset AWS_SESSION_TOKEN AWS_PROFILE
    endpoint_args=(-EndpointUrl "$EMULATOR_URL")
  fi
  if command -v pwsh >/dev/null 2>&1; then
    pwsh -NoProfile -File examples/Demo.ps1 "${endpoint_args[@]}"
  else
    echo "pwsh is not on PATH: running the same steps through SecLake.Core (tools/SecLake.Demo); install PowerShell 7.4+ to run examples/Demo.ps1 with the cmdlets."
    local demo_args=()
    [ ${#endpoint_args[@]} -gt 0 ] && demo_args=(--endpoint-url "$EMULATOR_URL")
    dotnet "tools/SecLake.Demo/bin/$configuration/net10.0/SecLake.Demo.dll" "${demo_args[@]}" --verbose
  fi
}

case "$task" in
  build) build ;;
  test) run_tests ;;
  demo) run_demo ;;
  package) build && dotnet msbuild src/SecLake/SecLake.csproj -t:PackModule -p:Configuration="$configuration" -v:q -nologo ;;
  clean) rm -rf out artifacts; dotnet clean Module.sln -v q -nologo >/dev/null ;;
  *) echo "usage: ./build.sh [build|test|demo|package|clean]" >&2; exit 2 ;;
esac
