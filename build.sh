#!/usr/bin/env bash
# SecLake's build for machines with bash: a front door to build.ps1, which holds every task. Only the .NET SDK is
# needed: the repo's pinned PowerShell comes from NuGet as a local .NET tool (.config/dotnet-tools.json).
#   ./build.sh build    restore, compile, lay the module out in out/SecLake
#   ./build.sh test     build, then the xunit and Pester suites; the last line is "N passed, N failed, N skipped"
#   ./build.sh demo     build, start the local emulator, run the main job against it (SECLAKE_DEMO_AWS=1: real AWS)
#   ./build.sh package  build, then the PowerShell Gallery .nupkg in out/
#   ./build.sh clean
set -uo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
task="${1:-build}"
case "$task" in
  build|test|demo|package|clean) ;;
  *) echo "usage: ./build.sh [build|test|demo|package|clean]" >&2; exit 2 ;;
esac
if ! dotnet tool restore >/dev/null 2>&1; then
  echo "Could not provision PowerShell 7.6.9: 'dotnet tool restore' failed. The tool comes from NuGet (package PowerShell, see .config/dotnet-tools.json); check that this machine reaches a NuGet source that serves it." >&2
  [ "$task" = test ] && echo "0 passed, 1 failed, 0 skipped"
  exit 1
fi
exec dotnet tool run pwsh -NoProfile -NonInteractive -File ./build.ps1 -Task "$task"
