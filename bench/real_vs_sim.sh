#!/usr/bin/env bash
# real_vs_sim.sh — issue 5's performance target, measured: `explore` runs per
# second against the real Go binary of the same scenario, one process per run.
#   bench/real_vs_sim.sh [CLI] [SIM_RUNS] [REAL_RUNS]
# CLI defaults to build/app/goschedlab-cli; SIM_RUNS 10000; REAL_RUNS 200
# (extrapolated to SIM_RUNS). GOMAXPROCS=2 for both (this box has 2 cores),
# Go 1.22 semantics in the simulator, the installed toolchain for the binary.
# The simulator's time is the median of SIM_REPEAT (default 5) whole `explore`
# processes, start-up included; SCENARIOS (default "wg_add_inside racy_counter")
# picks the scenarios.
set -euo pipefail
cli=${1:-build/app/goschedlab-cli}
simRuns=${2:-10000}
realRuns=${3:-200}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
now() { date +%s.%N; }
printf 'scenario\tsim_runs\tsim_s\tsim_runs_per_s\treal_runs\treal_s\treal_runs_per_s\tratio\n'
simRepeat=${SIM_REPEAT:-5}
for sc in ${SCENARIOS:-wg_add_inside racy_counter}; do
    (cd "$tmp" && cp "$OLDPWD/scenarios/$sc.go" main.go && GOFLAGS=-mod=mod go build -o "$sc" main.go >/dev/null 2>&1) ||
        { echo "go build of $sc failed" >&2; exit 1; }
    times=()
    for ((k = 0; k < simRepeat; k++)); do
        t0=$(now)
        "$cli" explore "scenarios/$sc.go" --gomaxprocs 2 --runs "$simRuns" --format tsv >/dev/null
        times+=("$(echo "$(now) - $t0" | bc)")
    done
    simS=$(printf '%s\n' "${times[@]}" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')
    t1=$(now)
    for ((i = 0; i < realRuns; i++)); do GOMAXPROCS=2 "$tmp/$sc" >/dev/null; done
    t2=$(now)
    awk -v sc="$sc" -v n="$simRuns" -v s="$simS" -v rn="$realRuns" -v r="$(echo "$t2 - $t1" | bc)" \
        'BEGIN { sr = n / s; rr = rn / r; printf "%s\t%d\t%.2f\t%.0f\t%d\t%.2f\t%.0f\t%.1f\n", sc, n, s, sr, rn, r, rr, sr / rr }'
done
