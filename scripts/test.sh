#!/usr/bin/env bash
# test.sh — install what is missing, build, and run every test through ctest.
#   scripts/test.sh              the whole suite (unit, CLI, GUI offscreen, validation)
#   GSL_SANITIZE=1 scripts/test.sh   also build the engine, CLI and their tests with
#                                    ASan+UBSan (GUI off) in build-asan and run the
#                                    non-GUI suite under them (CI does this)
#   GSL_FUZZ=1 scripts/test.sh       also build the front-end libFuzzer target with
#                                    clang in build-fuzz and run it for 60 s over the
#                                    seed corpus (CI does this; tests/fuzz/README.md
#                                    says how to run it for an hour)
#   GSL_VALIDATION=full scripts/test.sh  also run the real-runtime oracle, the
#                                    real-CFS comparison and the -race oracle
#                                    (validation.oracle/cfs/race: 5-17 min; they are
#                                    being brought up and not yet part of CI)
# Extra arguments are passed to ctest (e.g. -R sim.runtime).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${GSL_BUILD_DIR:-$root/build}"
jobs="$(nproc 2>/dev/null || echo 2)"

t0=$(date +%s)
"$root/scripts/setup.sh"
t1=$(date +%s)
echo "test.sh: build took $((t1 - t0)) s"
status=0
exclude=()
[ "${GSL_VALIDATION:-}" = full ] || exclude=(-E '^validation\.(oracle|cfs|race)$')
(cd "$build" && ctest --output-on-failure -j "$jobs" "${exclude[@]}" "$@") || status=$?
t2=$(date +%s)
echo "test.sh: tests took $((t2 - t1)) s"

if [ "${GSL_SANITIZE:-0}" = 1 ] && [ "$status" = 0 ]; then
  GSL_BUILD_DIR="$root/build-asan" GSL_GUI=OFF \
    GSL_CMAKE_ARGS="-DGOSCHEDLAB_SANITIZE=ON -DGOSCHEDLAB_BUILD_BENCH=OFF" "$root/scripts/setup.sh"
  t3=$(date +%s)
  echo "test.sh: sanitizer build took $((t3 - t2)) s"
  (cd "$root/build-asan" && ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
    UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ctest --output-on-failure -j "$jobs" -LE 'validation|slow' "$@") || status=$?
  echo "test.sh: sanitizer tests took $(( $(date +%s) - t3 )) s"
fi
if [ "${GSL_FUZZ:-0}" = 1 ] && [ "$status" = 0 ]; then
  t4=$(date +%s)
  fz="$root/build-fuzz"
  if [ ! -f "$fz/CMakeCache.txt" ]; then
    CC=clang CXX=clang++ cmake -S "$root" -B "$fz" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DGOSCHEDLAB_BUILD_GUI=OFF -DGOSCHEDLAB_BUILD_BENCH=OFF -DGOSCHEDLAB_FUZZ=ON >/dev/null
  fi
  cmake --build "$fz" -j "$jobs" --target fuzz_frontend
  (cd "$fz" && ctest --output-on-failure -R 'sim\.fuzz_') || status=$?
  echo "test.sh: fuzzing took $(( $(date +%s) - t4 )) s"
fi
exit "$status"
