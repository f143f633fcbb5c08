#!/bin/sh
# Fuzzes one target of Verification.Fuzzing with AFL++ for a number of executions, on one core.
#
#   tests/Verification.Fuzzing/fuzz.sh TARGET [EXECUTIONS]
#
# TARGET is figure, claims, period or extract; EXECUTIONS defaults to 1,000,000. Needs afl-fuzz (Debian: afl++) and
# the .NET SDK; the SharpFuzz.CommandLine tool is installed into the work folder on first use. The work folder
# (FUZZ_WORK, default artifacts/fuzz under the repository) holds the instrumented build and AFL's output: crashes in
# FUZZ_WORK/out/TARGET/default/crashes, the run's numbers in FUZZ_WORK/out/TARGET/default/fuzzer_stats. Keep a crashing
# input as tests/Verification.Fuzzing/Findings/TARGET/NAME, where the tests feed it to the target. Not run in CI.
set -eu

target=${1:?usage: fuzz.sh figure|claims|period|extract [EXECUTIONS]}
executions=${2:-1000000}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
work=${FUZZ_WORK:-$root/artifacts/fuzz}
sharpfuzz_version=2.3.0

case $target in
  figure|claims|period|extract) ;;
  *) echo "unknown target '$target': expected figure, claims, period or extract" >&2; exit 2 ;;
esac
command -v afl-fuzz >/dev/null || { echo "afl-fuzz not found: install AFL++ (apt-get install -y afl++)" >&2; exit 2; }

# A fresh release build: SharpFuzz instruments an assembly once, in place.
rm -rf "$work/bin"
dotnet publish "$here/Verification.Fuzzing.csproj" -c Release -o "$work/bin" --nologo -v quiet

if [ ! -x "$work/tools/sharpfuzz" ]; then
  dotnet tool install SharpFuzz.CommandLine --version "$sharpfuzz_version" --tool-path "$work/tools"
fi

# Only the library's own assemblies are instrumented: coverage of the runtime and of the test framework would be noise.
for assembly in Verification.Core Verification Verification.Extraction; do
  "$work/tools/sharpfuzz" "$work/bin/$assembly.dll"
done

# An earlier run's output is kept beside, not resumed: each run starts from the seeds.
out="$work/out/$target"
if [ -e "$out" ]; then
  mv "$out" "$out.$(date +%Y%m%d%H%M%S)"
fi
mkdir -p "$work/out"
# The target is a managed program run by dotnet, not a binary AFL built: skip its binary check. One fuzzer process is
# one core; no UI so the log reads in a file.
AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 \
DOTNET_TieredPGO=0 DOTNET_gcServer=0 DOTNET_CLI_TELEMETRY_OPTOUT=1 \
  afl-fuzz -i "$here/Corpus/$target" -o "$out" -E "$executions" -t 5000 -m none \
    -- dotnet "$work/bin/Verification.Fuzzing.dll" "$target"

stats="$out/default/fuzzer_stats"
grep -E '^(start_time|last_update|run_time|execs_done|execs_per_sec|corpus_count|saved_crashes|saved_hangs)' "$stats"
