#!/usr/bin/env bash
# test.sh — install what is missing, build, and run every test. CI (.ci/run)
# runs exactly this. Phases, each timed on its own line at the end:
#   1. build      setup.sh: Debian packages, configure, build (GUI on) in build/
#   2. unit       ctest in build/: unit, CLI, GUI (offscreen) tests and the quick
#                 real-toolchain checks
#   3. validation  the long validation tests in build/, one at a time: the
#                 simulator against the real Go runtime's recorded tallies (oracle,
#                 -race oracle) and against the real kernel (real CFS quota; it
#                 skips with a printed reason when no cgroup is writable). 164 s
#                 on the 2-core machine (2026-11-27); see README "Fidelity".
#   4. sanitize   the engine, CLI and their tests built with ASan + UBSan
#                 (GUI off) in build-asan/, the non-GUI suite run under them
#   5. fuzz       the libFuzzer targets built with clang in build-fuzz/, each
#                 run for 60 s over its seed corpus
# Environment:
#   GSL_QUICK=1        phases 1-2 only (the inner loop while developing)
#   GSL_VALIDATION=0   skip phase 3 (the same as GSL_SKIP=validation)
#   GSL_SKIP="a b"     skip the named phases (validation, sanitize, fuzz)
# Extra arguments are passed to every ctest call (e.g. -R sim.runtime).
# Every phase runs even if an earlier one failed; the exit status is non-zero
# if any failed.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${GSL_BUILD_DIR:-$root/build}"
jobs="$(nproc 2>/dev/null || echo 2)"
skip=" ${GSL_SKIP:-} "
[ "${GSL_VALIDATION:-1}" = 0 ] && skip="$skip validation "
[ "${GSL_QUICK:-0}" = 1 ] && skip=" validation sanitize fuzz "

status=0
summary=()
phase() {  # phase NAME COMMAND... — run, time and record one phase
  local name="$1"; shift
  local t0 rc
  t0=$(date +%s)
  echo "=== test.sh: $name"
  "$@"; rc=$?
  local dt=$(( $(date +%s) - t0 ))
  summary+=("$(printf '%-11s %5d s  %s' "$name" "$dt" "$([ $rc = 0 ] && echo ok || echo "FAILED ($rc)")")")
  [ $rc = 0 ] || status=1
  return $rc
}
skipped() { case "$skip" in *" $1 "*) summary+=("$(printf '%-11s     -    skipped (GSL_SKIP/GSL_QUICK/GSL_VALIDATION=0)' "$1")"); return 0;; esac; return 1; }

# 1-2: the normal build and the suite without the validation label.
if ! phase build "$root/scripts/setup.sh"; then
  printf '%s\n' "${summary[@]}"; exit 1
fi
# The quick real-toolchain checks (validation.realgo_build: every scenario
# builds with go) run here; the long measurements run in phase 3.
long='^validation\.(oracle|cfs|race)$'
unit() { (cd "$build" && ctest --output-on-failure -j "$jobs" -E "$long" "$@"); }
phase unit unit "$@"

# 3: validation, serially: the real-runtime measurements must not share the
# CPUs with other tests (validation.cfs times real programs under a quota).
validation() { (cd "$build" && ctest --output-on-failure -j 1 -R "$long" "$@"); }
skipped validation || phase validation validation "$@"

# 4: ASan + UBSan, GUI off.
sanitize() {
  GSL_BUILD_DIR="$root/build-asan" GSL_GUI=OFF \
    GSL_CMAKE_ARGS="-DGOSCHEDLAB_SANITIZE=ON -DGOSCHEDLAB_BUILD_BENCH=OFF" "$root/scripts/setup.sh" || return $?
  (cd "$root/build-asan" && ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1 \
    UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ctest --output-on-failure -j "$jobs" -LE 'validation' "$@")
}
skipped sanitize || phase sanitize sanitize "$@"

# 5: libFuzzer targets (clang), 60 s each.
fuzz() {
  local fz="$root/build-fuzz"
  if [ ! -f "$fz/build.ninja" ]; then   # not the cache: a failed configure leaves one
    local launcher=()
    command -v ccache >/dev/null 2>&1 && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
    CC=clang CXX=clang++ cmake -S "$root" -B "$fz" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}" \
      -DGOSCHEDLAB_BUILD_GUI=OFF -DGOSCHEDLAB_BUILD_BENCH=OFF -DGOSCHEDLAB_BUILD_TESTS=ON \
      -DGOSCHEDLAB_FUZZ=ON >/dev/null || return $?
  fi
  cmake --build "$fz" -j "$jobs" --target fuzz_targets || return $?
  (cd "$fz" && ctest --output-on-failure -L fuzz)
}
skipped fuzz || phase fuzz fuzz

echo "=== test.sh: summary (2-core figures are in README.md)"
printf '%s\n' "${summary[@]}"
exit "$status"
