#!/usr/bin/env bash
# measure.sh - tally the outcome distribution of every validation program and every
# bundled scenario on the REAL Go runtime, for comparison with the simulator.
#
# Usage: tests/validation/programs/measure.sh [RUNS] [OUT.tsv] [FILE.go ...]
#   RUNS    runs per (file, GOMAXPROCS) pair, default 200
#   OUT.tsv default tests/validation/programs/real_go119_2cpu.tsv (next to this script)
#   FILE.go default: tests/validation/programs/*.go and scenarios/*.go
#   GOMAXPROCS_LIST (env) default "1 2"
#
# Each program is built once with `go build -o`, then the binary is run RUNS times with
# GOMAXPROCS=N in the environment (a program that calls runtime.GOMAXPROCS itself
# overrides it). Runs are sequential so they do not disturb each other; a run is killed
# after 10 s (recorded as exit=124). Output columns (tab-separated, with a header):
#   file  gomaxprocs  runs  outcome  count
# outcome = stdout with each newline turned into " / " and surrounding white space
# trimmed; a run that exits non-zero (panic, fatal error, os.Exit) is recorded as the
# literal `exit=N` (prefixed by "<stdout> / " if it printed anything). Rows are sorted
# by file, gomaxprocs, then descending count. Machine load (e.g. compilers running in
# parallel) shifts timing-dependent outcomes: measure on an otherwise idle machine.
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
runs=${1:-200}
out=${2:-$here/real_go119_2cpu.tsv}
shift 2 2>/dev/null || shift $#
if [ $# -gt 0 ]; then files=("$@"); else
  files=("$here"/*.go "$root"/scenarios/*.go)
fi
procs=${GOMAXPROCS_LIST:-"1 2"}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
rows="$tmp/rows"
: > "$rows"
for f in "${files[@]}"; do
  rel=${f#"$root"/}
  bin="$tmp/prog"
  if ! go build -o "$bin" "$f" 2>"$tmp/build.err"; then
    echo "build failed: $rel" >&2; cat "$tmp/build.err" >&2; continue
  fi
  for p in $procs; do
    : > "$tmp/tally"
    for ((i = 0; i < runs; i++)); do
      GOMAXPROCS=$p timeout 10 "$bin" >"$tmp/stdout" 2>/dev/null
      rc=$?
      o=$(sed -e ':a' -e 'N' -e '$!ba' -e 's/\n/ \/ /g' "$tmp/stdout" | sed -e 's/^[[:space:]]*//' -e 's/[[:space:]]*$//')
      o=${o% /}
      if [ $rc -ne 0 ]; then
        if [ -n "$o" ]; then o="$o / exit=$rc"; else o="exit=$rc"; fi
      fi
      printf '%s\n' "$o" >> "$tmp/tally"
    done
    sort "$tmp/tally" | uniq -c | sort -k1,1nr -k2 | while read -r c o; do
      printf '%s\t%s\t%s\t%s\t%s\n' "$rel" "$p" "$runs" "$o" "$c" >> "$rows"
    done
    echo "$rel GOMAXPROCS=$p done" >&2
  done
done
{
  printf 'file\tgomaxprocs\truns\toutcome\tcount\n'
  sort -t$'\t' -k1,1 -k2,2n -k5,5nr "$rows"
} > "$out.tmp" && mv "$out.tmp" "$out"
