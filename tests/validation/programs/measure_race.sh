#!/usr/bin/env bash
# measure_race.sh - the REAL race detector's verdicts for the race oracle of
# tst_race (issue #4 part 4): every bundled scenario is built once with
# `go build -race` and run RUNS times at each GOMAXPROCS; a run "reports" when
# its stderr contains `WARNING: DATA RACE`.
#
# Usage: tests/validation/programs/measure_race.sh [RUNS] [OUT.tsv] [FILE.go ...]
#   RUNS    runs per (file, GOMAXPROCS), default 10
#   OUT.tsv default tests/validation/programs/real_race_go119_2cpu.tsv
#   FILE.go default scenarios/*.go
# Columns (tab-separated, header line): file gomaxprocs runs reported exits
#   reported = runs with at least one report; exits = the exit statuses seen,
#   "status:count" comma-separated (66 = race reported, 124 = killed after 20 s:
#   race builds can hang where a normal build reports a deadlock, golang/go#20588).
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
runs=${1:-10}
out=${2:-$here/real_race_go119_2cpu.tsv}
shift 2 2>/dev/null || shift $#
if [ $# -gt 0 ]; then files=("$@"); else files=("$root"/scenarios/*.go); fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
: > "$tmp/rows"
for f in "${files[@]}"; do
  rel=${f#"$root"/}
  if ! go build -race -o "$tmp/prog" "$f" 2>"$tmp/build.err"; then
    echo "build failed: $rel" >&2; cat "$tmp/build.err" >&2; continue
  fi
  for p in 1 2; do
    rep=0; : > "$tmp/exits"
    for ((i = 0; i < runs; i++)); do
      GOMAXPROCS=$p timeout 20 "$tmp/prog" >/dev/null 2>"$tmp/stderr"
      echo $? >> "$tmp/exits"
      grep -q 'WARNING: DATA RACE' "$tmp/stderr" && rep=$((rep + 1))
    done
    exits=$(sort -n "$tmp/exits" | uniq -c | awk '{printf "%s%s:%s", (NR>1?",":""), $2, $1}')
    printf '%s\t%s\t%s\t%s\t%s\n' "$rel" "$p" "$runs" "$rep" "$exits" >> "$tmp/rows"
    echo "$rel GOMAXPROCS=$p: $rep/$runs reported" >&2
  done
done
{ printf 'file\tgomaxprocs\truns\treported\texits\n'; sort -t$'\t' -k1,1 -k2,2n "$tmp/rows"; } > "$out.tmp" && mv "$out.tmp" "$out"
