#!/usr/bin/env bash
# regen.sh - regenerate the expected results of the conformance programs with the REAL Go
# toolchain (the reference is go1.19.8 linux/amd64, Debian 12's golang-go).
#
# Usage: tests/conformance/regen.sh [NN_name.go ...]     (default: every *.go here)
#
# For each NN_name.go the program is built once with `go build -o` (so `go run`'s own
# "exit status N" line never pollutes stderr) and run with GOMAXPROCS unset and a 10 s
# timeout. It writes, next to the program:
#   NN_name.out   the program's standard output, byte for byte
#   NN_name.exit  its exit status as a decimal number and a newline (0, 2 for a panic or
#                 fatal error, 3 for os.Exit(3), ...)
#   NN_name.err1  only when the exit status is not 0 and stderr is not empty: its first line
#                 (e.g. "panic: boom" or "fatal error: all goroutines are asleep - deadlock!")
# A stale .err1 of a program that now exits 0 is removed. The outputs of these programs
# do not depend on scheduling, so a rerun must reproduce them exactly; the script runs
# each program a second time and fails if the two runs differ.
set -u
here=$(cd "$(dirname "$0")" && pwd)
cd "$here" || exit 74
if [ $# -gt 0 ]; then files=("$@"); else files=(*.go); fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
go version >&2
for f in "${files[@]}"; do
  base=${f%.go}
  if ! go build -o "$tmp/prog" "$f"; then
    echo "regen: build failed: $f" >&2; status=1; continue
  fi
  env -u GOMAXPROCS timeout 10 "$tmp/prog" >"$base.out" 2>"$tmp/err"
  rc=$?
  echo "$rc" >"$base.exit"
  if [ "$rc" -ne 0 ] && [ -s "$tmp/err" ]; then
    head -n 1 "$tmp/err" >"$base.err1"
  else
    rm -f "$base.err1"
  fi
  env -u GOMAXPROCS timeout 10 "$tmp/prog" >"$tmp/out2" 2>"$tmp/err2"
  rc2=$?
  if [ "$rc2" != "$rc" ] || ! cmp -s "$tmp/out2" "$base.out"; then
    echo "regen: $f is not deterministic (exit $rc vs $rc2)" >&2; status=1
  fi
  echo "$f: exit $rc" >&2
done
exit $status
