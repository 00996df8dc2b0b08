# A second 2-vCPU VM of the reference kind (AMD EPYC), 2026-11-29, idle: the output of
# `goschedlab-cli calibrate -o FILE --runs 3` as written. docs/fidelity.md ("Another machine") compares
# the simulator with it against real tallies taken on that VM (real_go119_2cpu_epyc.tsv).
# goschedlab machine profile: costs of simulated operations.
# Format: key = value  # comment. Durations in ns (or with ns/us/ms/s).
# <key>Quantiles = p1 p10 p50 p90 p99 of that latency (ns); runs draw from it.
# Measured by `goschedlab-cli calibrate` (resources/calibrate/machine_bench_test.go):
#   GO111MODULE=off go test -run ^$ -bench . -cpu 2 -count 3 -benchtime 300ms machine_bench_test.go
#   toolchain: go version go1.19.8 linux/amd64
#   cpu: AMD EPYC, 2 logical CPUs
#   /proc/loadavg at the start: 1.88 1.39 1.35 1/81 9475 (foreign load inflates every figure)
#   Each figure is the median over the 3 run(s); 'raw' lists the run-by-run figures.
name = measured by goschedlab-cli calibrate
cpus = 2  # logical CPUs of the machine measured
# BenchmarkStepArith: one add/compare/branch loop iteration, 0.55 ns (raw 0.555, 0.547, 0.55),
# over the 12.5 bytecode instructions the front end compiles that iteration to
stepCost = 0.044  # ns, one interpreted bytecode instruction (BenchmarkStepArith / its instructions)
# BenchmarkCall: a //go:noinline call + return, 1.42 ns per iteration (raw 1.42, 1.37, 1.42),
# less its 15 bytecode instructions at stepCost (caller loop + callee body)
callCost = 0.76  # ns, a call + return beyond its instructions (BenchmarkCall)
# BenchmarkSharedLoad: racy_counter's counter++ on a captured int, cache hit, 0.291 ns per iteration (raw 0.28, 0.291, 0.291),
# less its 9 bytecode instructions at stepCost, over its 2 memory steps (0 = no more than an instruction)
sharedAccessCost = 0  # ns, a shared load/store beyond its instruction, cache hit (BenchmarkSharedLoad)
# BenchmarkFalseSharing: two goroutines on two Ps atomically writing one cache line; ns/op, raw 8.43, 8.25, 8.21 (informative: no step charges it)
contendedAccessCost = 8.252  # ns, atomic add on a contended line (BenchmarkFalseSharing), informative
# BenchmarkGoCreate: `go wg.Done()`, all waited for; ns/op, raw 166, 161, 179
goCreateCost = 166  # ns, newproc: a go statement (BenchmarkGoCreate)
# BenchmarkChanUncontended: buffered send + receive by one goroutine, per operation; chanop-ns, raw 10.3, 10.2, 10.2
chanOpCost = 10  # ns, uncontended channel send or receive (BenchmarkChanUncontended)
# BenchmarkMutexUncontended: Mutex Lock+Unlock, one goroutine; ns/op, raw 4.95, 4.94, 4.94
# BenchmarkMutexHandoff (informative, no field charges it): two goroutines contending on one Mutex, 5.98 ns per Lock+Unlock, raw 5.93, 5.98, 6.19
lockCost = 5  # ns, uncontended Mutex Lock+Unlock (BenchmarkMutexUncontended)
# BenchmarkAtomicAdd: atomic.AddInt64 on an owned line; ns/op, raw 2.12, 2.14, 2.12
atomicCost = 2  # ns, atomic add (BenchmarkAtomicAdd)
# BenchmarkSchedYield: runtime.Gosched with nothing else runnable: one schedule pass; ns/op, raw 35.5, 35.8, 35.4
findRunnableCost = 35  # ns, one findRunnable / steal attempt (BenchmarkSchedYield)
# bench/cold/first_go: main.main's first go statement (malg, no dead G to reuse);
# fresh processes launched by `bash measure.sh 150` (timeout 10, stdout to a file), 150 samples; the p50 of the distribution below
goCreateFirstCost = 6735  # ns, the process's first new G: main.main's first go statement (bench/cold/first_go)
goCreateFirstCostQuantiles = 4601 6196 6735 7122 7824  # ns at p1 p10 p50 p90 p99
# NOT MEASURED by calibrate: default kept, measured on the reference VM by tests/validation/programs/cold_create.go (the go statements #2-#40 of a fresh process are a built-in table, sim/engine/cold_create.cpp)
goCreateNewCost = 200  # ns, a go statement allocating a new G after the 40th (cold_create.h)
goCreateNewCostQuantiles = 100 100 200 16310 260829  # ns at p1 p10 p50 p90 p99
# bench/cold/pages: every page of a new 1 MB slice, first touch (GOMAXPROCS=1);
# fresh processes launched by `bash measure.sh 150` (timeout 10, stdout to a file), 15360 samples; the p50 of the distribution below
pageFaultCost = 1442  # ns, first touch of a fresh 4 KB page (bench/cold/ page probe)
pageFaultCostQuantiles = 1102 1232 1442 1623 4727  # ns at p1 p10 p50 p90 p99
# bench/cold/paths: first minus second run of chan send+recv, select, close, Gosched, strings.Join;
# fresh processes launched by `bash measure.sh 150` (timeout 10, stdout to a file), 750 samples; the p50 of the distribution below
coldPathCost = 310  # ns, a runtime path's first run in the process, beyond its warm cost (bench/cold/)
coldPathCostQuantiles = 20 40 310 581 876  # ns at p1 p10 p50 p90 p99
# bench/cold/first_calls, fmt_send, paths: the process's first fmt.Sprint / Println;
# fresh processes launched by `bash measure.sh 150` (timeout 10, stdout to a file), 600 samples; the p50 of the distribution below
coldFmtCost = 5208  # ns, the process's first fmt call (bench/cold/)
coldFmtCostQuantiles = 3374 3695 5208 6615 26961  # ns at p1 p10 p50 p90 p99
# bench/cold/paths: the first time.NewTimer+Stop;
# fresh processes launched by `bash measure.sh 150` (timeout 10, stdout to a file), 150 samples; the p50 of the distribution below
coldTimerCost = 9814  # ns, the process's first timer (bench/cold/)
coldTimerCostQuantiles = 8933 9264 9814 10749 16140  # ns at p1 p10 p50 p90 p99
# bench/cold/panic: the first panic to its deferred call;
# fresh processes launched by `bash measure.sh 150` (timeout 10, stdout to a file), 150 samples; the p50 of the distribution below
coldPanicCost = 2554  # ns, the process's first panic until fatalpanic (bench/cold/)
coldPanicCostQuantiles = 2317 2401 2554 2946 3852  # ns at p1 p10 p50 p90 p99
# bench/cold/write: first minus second write(2) to stdout, a file;
# fresh processes launched by `bash measure.sh 150` (timeout 10, stdout to a file), 150 samples; the p50 of the distribution below
coldWriteCost = 7431  # ns, the process's first write(2) to stdout (bench/cold/)
coldWriteCostQuantiles = 6280 6949 7431 7944 21954  # ns at p1 p10 p50 p90 p99
# bench/cold/wake (GOMAXPROCS=2): main.main's first go statement wakes the idle P;
# from its end to the start of the goroutine that P steals;
# fresh processes launched by `bash measure.sh 150` (timeout 10, stdout to a file), 600 samples; the p50 of the distribution below
# (replaces BenchmarkWakeIdleP's figure: in a warm benchmark process the woken M is not the one a fresh process wakes)
wakeupLatency = 48197  # ns, wakep/startm until the woken M runs (bench/cold/wake, fresh processes)
wakeupLatencyQuantiles = 2228 17635 48197 73640 2432713  # ns at p1 p10 p50 p90 p99
# BenchmarkLockOSThreadNew: `go` of a goroutine that exits locked to its thread (so every one needs a new M)
# -> it ran and main got its signal back;
# the p50 of the distribution below, each quantile the median over the runs:
#   p1-ns raw 2475, 2869, 2424
#   p10-ns raw 5087, 7331, 4797
#   p50-ns raw 17125, 28192, 19259
#   p90-ns raw 35983, 54442, 37396
#   p99-ns raw 83264, 106695, 68332
threadCreateCost = 19259  # ns, newm: new thread until it runs (BenchmarkLockOSThreadNew)
threadCreateCostQuantiles = 2475 5087 19259 37396 83264  # ns at p1 p10 p50 p90 p99
# BenchmarkUsleep3: one nanosleep(3 us), as stealWork's usleep(3): what is really slept (timer slack);
# the p50 of the distribution below, each quantile the median over the runs:
#   p1-ns raw 69413, 70225, 69504
#   p10-ns raw 73500, 74191, 72067
#   p50-ns raw 78868, 78637, 76895
#   p90-ns raw 88392, 88422, 84897
#   p99-ns raw 95983, 121370, 95146
stealBackoff = 78637  # ns, stealWork usleep(3) as really slept, timer slack (BenchmarkUsleep3)
stealBackoffQuantiles = 69504 73500 78637 88392 95983  # ns at p1 p10 p50 p90 p99
# BenchmarkSleepOvershoot: time.Sleep(1ms) with the process idle: elapsed - 1 ms;
# the p50 of the distribution below, each quantile the median over the runs:
#   p1-ns raw 75112, 76354, 76865
#   p10-ns raw 78197, 79429, 79339
#   p50-ns raw 83105, 83275, 82113
#   p90-ns raw 88613, 88342, 87200
#   p99-ns raw 131737, 118768, 122593
timerLatency = 83105  # ns, timer wake-up beyond the deadline (BenchmarkSleepOvershoot)
timerLatencyQuantiles = 76354 79339 83105 88342 122593  # ns at p1 p10 p50 p90 p99
# BenchmarkWriteSyscall: write(2) of a 13-byte line to a drained pipe; ns/op, raw 681, 614, 612
printCost = 614  # ns, write(2) of one Print (BenchmarkWriteSyscall)
# NOT MEASURED (no Go benchmark sees it): CFS sched_latency 6 ms / 2 runnable threads
osTimeSlice = 3000000  # ns, OS time slice when threads > CPUs (CFS sched_latency / nr_running)
# median over the cost benchmarks of their run-to-run spread (max-min)/(max+min)
jitter = 0.01  # fraction: each work cost drawn from cost*[1-j, 1+j]
