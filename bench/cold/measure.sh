#!/usr/bin/env bash
# measure.sh — the first-run costs of a fresh Go process (MachineProfile's
# pageFaultCost, coldPathCost, coldFmtCost, coldTimerCost, coldPanicCost, coldWriteCost;
# sim/runtime/cold.cpp), main.main's first go statement (goCreateFirstCost) and
# the wake-up of an idle P (wakeupLatency). `goschedlab-cli calibrate` runs this
# script (embedded) after its benchmarks and takes the *Quantiles lines.
#   bench/cold/measure.sh [RUNS]     (default 150 processes per probe)
# Builds the ten probes in this folder with the installed go, runs each in
# RUNS fresh processes at GOMAXPROCS=1 (wake/ at 2), and prints p1 p10 p50 p90 p99 in ns:
#   pageFault  every page of pages/ (RUNS/2.5 processes x 256 pages)
#   coldPath   first minus second run of paths/ chan, select, close, gosched, join (pooled)
#   coldFmt    first fmt call: first_calls/ Sprint, fmt_send/ sprint and both, paths/ println (pooled)
#   coldTimer  first NewTimer+Stop (paths/ timer)
#   coldPanic  first panic to its deferred function (panic/)
#   coldWrite  first minus second write(2) to stdout, a file as in the oracle's runs (write/)
#   goCreateFirst  main.main's first go statement (first_go/)
#   goCreateTable.K  main.main's K-th go statement, K = 2..40, each a new G (create40/)
#   goCreateNew    go statements #25-#40 of create40/, pooled (the cost of new Gs after the 40th)
#   coldPMalloc    the first malloc on P1 of a goroutine it stole (pmalloc/, GOMAXPROCS=2)
#   wakeupLatency  wakep until the woken P runs the G it stole (wake/, GOMAXPROCS=2, 4 x RUNS)
# plus each probe's own figures. Run it on an idle machine: load inflates them.
# KEEP=DIR keeps the raw timings (one file per probe) in DIR.
# Each process is launched as tests/validation/programs/measure.sh launches the
# real programs whose tallies the oracle compares with (`timeout 10`, stdout to
# a file): how a Go process is launched changes its timings (docs/fidelity.md,
# section 4). PLAIN=1 runs the binaries directly instead.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
runs=${1:-150}
tmp=$(mktemp -d)
trap '[ -n "${KEEP:-}" ] && mkdir -p "$KEEP" && cp "$tmp"/*.txt "$KEEP"/; rm -rf "$tmp"' EXIT
for p in first_calls paths fmt_send pages panic write first_go create40 pmalloc wake; do
    (cd "$here/$p" && go build -o "$tmp/$p" main.go)
done
# quantiles: read numbers (one a line), print p1 p10 p50 p90 p99 (linear interpolation).
quantiles() {
    sort -n | awk '{ v[NR] = $1 } END {
        n = split("0.01 0.10 0.50 0.90 0.99", ps, " ")
        for (k = 1; k <= n; ++k) {
            i = ps[k] * (NR - 1) + 1; lo = int(i); hi = lo < NR ? lo + 1 : lo
            printf "%s%d", (k > 1 ? " " : ""), v[lo] + (v[hi] - v[lo]) * (i - lo)
        }
        printf "   (N=%d)\n", NR }'
}
launch() {   # launch BIN ARGS...: one process, its stdout on ours (PROCS: GOMAXPROCS, default 1)
    if [ -n "${PLAIN:-}" ]; then GOMAXPROCS=${PROCS:-1} "$@" 2>/dev/null
    else GOMAXPROCS=${PROCS:-1} timeout 10 "$@" >"$tmp/out" 2>/dev/null; cat "$tmp/out"; fi
}
run() { local bin=$1; shift; for ((i = 0; i < runs; ++i)); do launch "$tmp/$bin" "$@"; done; }
run first_calls > "$tmp/first_calls.txt"
for op in chan send select close gosched println join wgpark timer; do run paths "$op" > "$tmp/paths_$op.txt"; done
for op in sprint send both; do run fmt_send "$op" > "$tmp/fmt_$op.txt"; done
pageRuns=$((runs * 2 / 5)); [ "$pageRuns" -ge 1 ] || pageRuns=1
for ((i = 0; i < pageRuns; ++i)); do launch "$tmp/pages"; done > "$tmp/pages.txt"
run panic > "$tmp/panic.txt"
run write | awk 'NF == 2' > "$tmp/write.txt"
run first_go > "$tmp/first_go.txt"
run create40 | awk 'NF == 40' > "$tmp/create40.txt"
for ((i = 0; i < runs * 2; ++i)); do PROCS=2 launch "$tmp/pmalloc"; done | awk '$1 >= 0' > "$tmp/pmalloc.txt"
# The wake-up is the widest spread (a bimodal p10-p50 and a p99 in ms): more runs.
for ((i = 0; i < runs * 4; ++i)); do PROCS=2 launch "$tmp/wake"; done | awk '$1 >= 0' > "$tmp/wake.txt"
col() { awk -v c="$1" '{ print $c }' "$2"; }
# gain FILE...: first minus second run of each line. Below 0 (the second run was the
# slower one: the process was preempted in it, on a loaded machine) counts as 0: no
# extra first-run cost.
gain() { awk '{ d = $1 - $2; print (d < 0 ? 0 : d) }' "$@"; }
echo "# p1 p10 p50 p90 p99, ns"
printf 'pageFaultCostQuantiles = '; tr ' ' '\n' < "$tmp/pages.txt" | grep . | quantiles
printf 'coldPathCostQuantiles  = '
for op in chan select close gosched join; do gain "$tmp/paths_$op.txt"; done | quantiles
printf 'coldFmtCostQuantiles   = '
{ col 5 "$tmp/first_calls.txt"; col 1 "$tmp/fmt_sprint.txt"; col 1 "$tmp/fmt_both.txt"; col 1 "$tmp/paths_println.txt"; } | quantiles
printf 'coldTimerCostQuantiles = '; col 1 "$tmp/paths_timer.txt" | quantiles
printf 'coldPanicCostQuantiles = '; col 1 "$tmp/panic.txt" | quantiles
printf 'coldWriteCostQuantiles = '; gain "$tmp/write.txt" | quantiles
printf 'goCreateFirstCostQuantiles = '; col 1 "$tmp/first_go.txt" | quantiles
printf 'goCreateNewCostQuantiles = '; for k in $(seq 25 40); do col "$k" "$tmp/create40.txt"; done | quantiles
for k in $(seq 2 40); do printf 'goCreateTable.%d = ' "$k"; col "$k" "$tmp/create40.txt" | quantiles; done
printf 'wakeupLatencyQuantiles = '; col 1 "$tmp/wake.txt" | quantiles
printf 'coldPMallocCostQuantiles = '; col 1 "$tmp/pmalloc.txt" | quantiles
echo "# each probe (first run, second run)"
names=(mutex1 mutex2 chan1 chan2 sprint1 sprint2 println1 println2 append3 join big16KB_1 big16KB_2)
for k in "${!names[@]}"; do printf 'first_calls %-10s ' "${names[$k]}"; col $((k + 1)) "$tmp/first_calls.txt" | quantiles; done
for op in chan send select close gosched println join wgpark timer; do
    printf 'paths %-8s first  ' "$op"; col 1 "$tmp/paths_$op.txt" | quantiles
    printf 'paths %-8s second ' "$op"; col 2 "$tmp/paths_$op.txt" | quantiles
done
printf 'paths wgpark go-to-start first  '; col 3 "$tmp/paths_wgpark.txt" | quantiles
printf 'panic second           '; col 2 "$tmp/panic.txt" | quantiles
printf 'write second           '; col 2 "$tmp/write.txt" | quantiles
for op in sprint send both; do printf 'fmt_send %-6s sprint1 ' "$op"; col 1 "$tmp/fmt_$op.txt" | quantiles; printf 'fmt_send %-6s send1   ' "$op"; col 2 "$tmp/fmt_$op.txt" | quantiles; done
