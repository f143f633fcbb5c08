#!/usr/bin/env bash
# The evidence store at scale: `verify check` of 100,000 claims against 1,000,000 and 10,000,000 evidence claims, in
# memory from JSON, against a SQLite store and as a join in DuckDB, side by side (StoreScaleBenchmarks).
#
#   tests/Verification.Benchmarks/store-scale.sh setup [SIZES]    builds the tool and makes the data once (default
#                                                                 1000000,10000000): claims files, SQLite store, DuckDB
#   tests/Verification.Benchmarks/store-scale.sh run [FILTER]     the benchmark (default '*StoreScaleBenchmarks*')
#
# VERIFICATION_SCALE_SIZES chooses the sizes run (default 1000000,10000000), VERIFICATION_SCALE_ITERATIONS the measured
# runs per case after one warm-up (default 3). The data goes to $VERIFICATION_SCALE_DATA (default /tmp/verification-scale; about 11 GB for both sizes), never into
# the repository. With $VERIFICATION_SCALE_POSTGRES set to a connection string of an empty database, setup also imports
# the 1,000,000 size into it and the run checks against it too (`source .ci/postgres.sh && postgres_start` starts a
# throw-away server).
set -euo pipefail

root=$(git rev-parse --show-toplevel)
export VERIFICATION_SCALE_DATA=${VERIFICATION_SCALE_DATA:-/tmp/verification-scale}
command=${1:-}
shift || true

case "$command" in
  setup)
    sizes=${1:-1000000,10000000}
    mkdir -p "$VERIFICATION_SCALE_DATA"
    dotnet build -c Release --nologo -v quiet "$root/src/Verification.Cli" -o "$VERIFICATION_SCALE_DATA/cli"
    dotnet build -c Release --nologo -v quiet "$root/tests/Verification.Benchmarks" -o "$VERIFICATION_SCALE_DATA/bench"
    postgres=()
    if [ -n "${VERIFICATION_SCALE_POSTGRES:-}" ]; then
      postgres=(--postgres "$VERIFICATION_SCALE_POSTGRES")
    fi
    "$VERIFICATION_SCALE_DATA/bench/Verification.Benchmarks" --scale-setup "$sizes" "${postgres[@]}"
    ;;
  run)
    # The tool and the DuckDB join as built from this checkout.
    dotnet build -c Release --nologo -v quiet "$root/src/Verification.Cli" -o "$VERIFICATION_SCALE_DATA/cli"
    dotnet build -c Release --nologo -v quiet "$root/tests/Verification.Benchmarks" -o "$VERIFICATION_SCALE_DATA/bench"
    dotnet run -c Release --project "$root/tests/Verification.Benchmarks" -- --filter "${1:-*StoreScaleBenchmarks*}"
    ;;
  *)
    echo "usage: $0 setup [SIZES] | run [FILTER]" >&2
    exit 2
    ;;
esac
