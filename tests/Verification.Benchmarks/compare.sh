#!/usr/bin/env bash
# Times this checkout's library against the library at another commit, in one BenchmarkDotNet run per GC mode, so that
# each ratio compares two builds measured side by side rather than two runs on different days.
#
#   tests/Verification.Benchmarks/compare.sh REV                      Indexed and IndexOnly, server then workstation GC
#   tests/Verification.Benchmarks/compare.sh REV '*InputRules'        other benchmarks (BenchmarkDotNet filters)
#
# The library at REV is built into a temporary directory; the benchmarks of this checkout are built against it (the
# "Before" job, the baseline) and against this checkout's library (the "After" job). The benchmarks' code must compile
# against both: a library from before subjects were read by a vocabulary is built with SUBJECT_SYNONYM_TABLE, one from
# before namespaces followed folders with FLAT_NAMESPACES.
set -euo pipefail

if [ $# -lt 1 ]; then
  echo "usage: $0 REV [benchmark filter...]" >&2
  exit 2
fi

rev=$1
shift
filters=("$@")
if [ ${#filters[@]} -eq 0 ]; then
  filters=('*VerifyBenchmarks.Indexed' '*VerifyBenchmarks.IndexOnly')
fi

root=$(git rev-parse --show-toplevel)
work=$(mktemp -d)
cleanup() {
  git -C "$root" worktree remove --force "$work/checkout" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

git -C "$root" worktree add --detach "$work/checkout" "$rev" >/dev/null
for project in Verification Verification.Extraction; do
  dotnet build -c Release --nologo -v quiet "$work/checkout/src/$project/$project.csproj" -o "$work/library"
done

defines=()
if ! git -C "$root" grep -q "class SubjectVocabulary" "$rev" -- src; then
  defines+=(SUBJECT_SYNONYM_TABLE)
fi
# A library from before namespaces followed folders: its public types are all in Verification.
if ! git -C "$root" grep -q "^namespace Verification.Claims;" "$rev" -- src; then
  defines+=(FLAT_NAMESPACES)
fi
constants=()
if [ ${#defines[@]} -gt 0 ]; then
  # MSBuild reads %3B as the ';' between constants.
  constants=(--baseline-constants "$(IFS=,; echo "${defines[*]}" | sed 's/,/%3B/g')")
fi

for gc in server workstation; do
  dotnet run -c Release --project "$root/tests/Verification.Benchmarks" -- \
    --baseline-library "$work/library" "${constants[@]}" --gc "$gc" --filter "${filters[@]}"
done
