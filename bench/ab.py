#!/usr/bin/env python3
# ab.py BIN_A BIN_B REPS FILTER -- alternate two benchmark binaries, medians of counters
import json, subprocess, sys, statistics
a, b, reps, filt = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
res = {'A': {}, 'B': {}}
for r in range(reps):
    for tag, binp in (('A', a), ('B', b)):
        out = subprocess.run(['nice', '-n', '5', binp, '--benchmark_format=json', '--benchmark_filter=' + filt,
                              '--benchmark_min_time=0.05'], capture_output=True, text=True).stdout
        for bm in json.loads(out)['benchmarks']:
            d = res[tag].setdefault(bm['name'], {})
            for k in ('real_time', 'sched_events/s', 'steps/s', 'trace_events/s', 'bytes/event'):
                if k in bm: d.setdefault(k, []).append(bm[k])
for name in res['A']:
    line = [name]
    for k in ('real_time', 'sched_events/s', 'steps/s', 'bytes/event'):
        if k not in res['A'][name]: continue
        ma = statistics.median(res['A'][name][k]); mb = statistics.median(res['B'].get(name, {}).get(k, [float('nan')]))
        fmt = (lambda x: '%.3g' % x)
        line.append('%s %s -> %s (x%.2f)' % (k, fmt(ma), fmt(mb), mb / ma if ma else float('nan')))
    print(' | '.join(line))
