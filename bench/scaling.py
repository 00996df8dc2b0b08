#!/usr/bin/env python3
# scaling.py BIN_A BIN_B REPS [CASE_REGEX] -- per-event cost of bench_runtime
# cases, two binaries alternately (A/B on a noisy box), one process per case
# and measurement, medians over REPS.
#   warm: --benchmark_min_time=T, so the measured batch runs after the first
#         run of the process (memory already mapped: steady state of a loop
#         of runs, as explore and the benchmarks do);
#   cold: --benchmark_min_time=0, one run, the first of the process (every
#         page it touches is fresh: what a single CLI run pays).
# Prints ns per scheduler event (CPU time of the benchmark thread / events).
import json, re, statistics, subprocess, sys

a, b, reps = sys.argv[1], sys.argv[2], int(sys.argv[3])
pick = re.compile(sys.argv[4] if len(sys.argv) > 4 else '.')
cases = ['BM_Pipeline/1000/1', 'BM_Pipeline/1000/4', 'BM_CounterLoop/1', 'BM_CounterLoop/4',
         'BM_SpawnScaling/100/4', 'BM_SpawnScaling/1000/4', 'BM_SpawnScaling/10000/4', 'BM_SpawnScaling/100000/4']
cases += ['BM_SpawnScaling/10000/%d' % p for p in (1, 2, 8, 16, 32, 64, 128, 256)]
cases = [c for c in cases if pick.search(c)]


def run(binp, case, min_time):
    out = subprocess.run(['nice', '-n', '5', binp, '--benchmark_format=json', '--benchmark_filter=^%s$' % case,
                          '--benchmark_min_time=%g' % min_time], capture_output=True, text=True).stdout
    bm = json.loads(out)['benchmarks'][0]
    return 1e9 / bm['sched_events/s'], bm['iterations']


res = {}
for r in range(reps):
    for case in cases:
        for mode, t in (('warm', 2.0 if '100000' in case else 0.3), ('cold', 0)):
            if mode == 'cold' and not case.startswith('BM_SpawnScaling'):
                continue
            for tag, binp in (('A', a), ('B', b)):
                ns, it = run(binp, case, t)
                res.setdefault((case, mode, tag), []).append(ns)
    print('rep %d done' % (r + 1), file=sys.stderr, flush=True)

print('%-26s %-5s %10s %10s %7s' % ('case', 'mode', 'A ns/ev', 'B ns/ev', 'B/A'))
for case in cases:
    for mode in ('warm', 'cold'):
        if (case, mode, 'A') not in res:
            continue
        ma = statistics.median(res[(case, mode, 'A')])
        mb = statistics.median(res[(case, mode, 'B')])
        print('%-26s %-5s %10.1f %10.1f %7.2f   (A %s | B %s)' % (
            case, mode, ma, mb, mb / ma, ' '.join('%.0f' % x for x in res[(case, mode, 'A')]),
            ' '.join('%.0f' % x for x in res[(case, mode, 'B')])))
