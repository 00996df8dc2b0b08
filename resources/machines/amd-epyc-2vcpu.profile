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
#   /proc/loadavg at the start: 0.45 0.52 1.13 1/78 9576 (foreign load inflates every figure)
#   Each figure is the median over the 3 run(s); 'raw' lists the run-by-run figures.
name = measured by goschedlab-cli calibrate
cpus = 2  # logical CPUs of the machine measured
# BenchmarkStepArith: one add/compare/branch loop iteration, 0.547 ns (raw 0.549, 0.547, 0.547),
# over the 12.5 bytecode instructions the front end compiles that iteration to
stepCost = 0.044  # ns, one interpreted bytecode instruction (BenchmarkStepArith / its instructions)
# BenchmarkCall: a //go:noinline call + return, 1.46 ns per iteration (raw 1.47, 1.46, 1.37),
# less its 15 bytecode instructions at stepCost (caller loop + callee body)
callCost = 0.798  # ns, a call + return beyond its instructions (BenchmarkCall)
# BenchmarkSharedLoad: load+store of a global, cache hit, 1.5 ns per iteration (raw 1.52, 1.5, 1.31),
# less its 11 bytecode instructions at stepCost, over its 2 memory steps (0 = no more than an instruction)
sharedAccessCost = 0.507  # ns, a shared load/store beyond its instruction, cache hit (BenchmarkSharedLoad)
# BenchmarkFalseSharing: two goroutines on two Ps atomically writing one cache line; ns/op, raw 9.75, 9.99, 9.97 (informative: no step charges it)
contendedAccessCost = 9.968  # ns, atomic add on a contended line (BenchmarkFalseSharing), informative
# BenchmarkGoCreate: `go wg.Done()`, all waited for; ns/op, raw 160, 160, 168
goCreateCost = 160  # ns, newproc: a go statement (BenchmarkGoCreate)
# BenchmarkChanUncontended: buffered send + receive by one goroutine, per operation; chanop-ns, raw 10.6, 9.9, 12
chanOpCost = 11  # ns, uncontended channel send or receive (BenchmarkChanUncontended)
# BenchmarkMutexUncontended: Mutex Lock+Unlock, one goroutine; ns/op, raw 4.96, 4.96, 4.95
# BenchmarkMutexHandoff (informative, no field charges it): two goroutines contending on one Mutex, 6.08 ns per Lock+Unlock, raw 6.43, 5.88, 6.08
lockCost = 5  # ns, uncontended Mutex Lock+Unlock (BenchmarkMutexUncontended)
# BenchmarkAtomicAdd: atomic.AddInt64 on an owned line; ns/op, raw 2.13, 2.13, 2.12
atomicCost = 2  # ns, atomic add (BenchmarkAtomicAdd)
# BenchmarkSchedYield: runtime.Gosched with nothing else runnable: one schedule pass; ns/op, raw 38.1, 36, 35.2
findRunnableCost = 36  # ns, one findRunnable / steal attempt (BenchmarkSchedYield)
# bench/cold/first_go: main.main's first go statement (malg, no dead G to reuse);
# fresh processes launched by `bash measure.sh 150` (timeout 10, stdout to a file), 150 samples; the p50 of the distribution below
goCreateFirstCost = 6610  # ns, the process's first new G: main.main's first go statement (cold_create.h)
goCreateFirstCostQuantiles = 4631 4917 6610 6991 9795  # ns at p1 p10 p50 p90 p99
# NOT MEASURED by calibrate: default kept, measured on the reference VM by tests/validation/programs/cold_create.go (the go statements #2-#40 of a fresh process are a built-in table, sim/engine/cold_create.cpp)
goCreateNewCost = 200  # ns, a go statement allocating a new G after the 40th (cold_create.h)
goCreateNewCostQuantiles = 100 100 200 16310 260829  # ns at p1 p10 p50 p90 p99
# bench/cold/pages: every page of a new 1 MB slice, first touch (GOMAXPROCS=1);
# fresh processes launched by `bash measure.sh 150` (timeout 10, stdout to a file), 15360 samples; the p50 of the distribution below
pageFaultCost = 1422  # ns, first touch of a fresh 4 KB page (bench/cold/ page probe)
pageFaultCostQuantiles = 1102 1242 1422 1603 4711  # ns at p1 p10 p50 p90 p99
# bench/cold/paths: first minus second run of chan send+recv, select, close, Gosched, strings.Join;
# fresh processes launched by `bash measure.sh 150` (timeout 10, stdout to a file), 750 samples; the p50 of the distribution below
coldPathCost = 251  # ns, a runtime path's first run in the process, beyond its warm cost (bench/cold/)
coldPathCostQuantiles = 20 40 251 580 921  # ns at p1 p10 p50 p90 p99
# bench/cold/first_calls, fmt_send, paths: the process's first fmt.Sprint / Println;
# fresh processes launched by `bash measure.sh 150` (timeout 10, stdout to a file), 600 samples; the p50 of the distribution below
coldFmtCost = 5308  # ns, the process's first fmt call (bench/cold/)
coldFmtCostQuantiles = 3204 3485 5308 7555 29607  # ns at p1 p10 p50 p90 p99
# bench/cold/paths: the first time.NewTimer+Stop;
# fresh processes launched by `bash measure.sh 150` (timeout 10, stdout to a file), 150 samples; the p50 of the distribution below
coldTimerCost = 9830  # ns, the process's first timer (bench/cold/)
coldTimerCostQuantiles = 8593 9230 9830 12935 34743  # ns at p1 p10 p50 p90 p99
# bench/cold/panic: the first panic to its deferred call;
# fresh processes launched by `bash measure.sh 150` (timeout 10, stdout to a file), 150 samples; the p50 of the distribution below
coldPanicCost = 2478  # ns, the process's first panic until fatalpanic (bench/cold/)
coldPanicCostQuantiles = 2304 2352 2478 2734 3206  # ns at p1 p10 p50 p90 p99
# bench/cold/write: first minus second write(2) to stdout, a file;
# fresh processes launched by `bash measure.sh 150` (timeout 10, stdout to a file), 150 samples; the p50 of the distribution below
coldWriteCost = 7331  # ns, the process's first write(2) to stdout (bench/cold/)
coldWriteCostQuantiles = 6554 6848 7331 8236 10975  # ns at p1 p10 p50 p90 p99
# bench/cold/wake (GOMAXPROCS=2): main.main's first go statement wakes the idle P;
# from its end to the start of the goroutine that P steals;
# fresh processes launched by `bash measure.sh 150` (timeout 10, stdout to a file), 600 samples; the p50 of the distribution below
# (replaces BenchmarkWakeIdleP's figure: in a warm benchmark process the woken M is not the one a fresh process wakes)
wakeupLatency = 50042  # ns, wakep/startm until the woken M runs (BenchmarkWakeIdleP)
wakeupLatencyQuantiles = 1224 18751 50042 77843 2102136  # ns at p1 p10 p50 p90 p99
# BenchmarkLockOSThreadNew: `go` of a goroutine that exits locked to its thread (so every one needs a new M)
# -> it ran and main got its signal back;
# the p50 of the distribution below, each quantile the median over the runs:
#   p1-ns raw 2488, 2764, 2875
#   p10-ns raw 5032, 5774, 5779
#   p50-ns raw 22053, 20210, 24196
#   p90-ns raw 42128, 47787, 46319
#   p99-ns raw 85067, 115937, 107610
threadCreateCost = 22053  # ns, newm: new thread until it runs (BenchmarkLockOSThreadNew)
threadCreateCostQuantiles = 2764 5774 22053 46319 107610  # ns at p1 p10 p50 p90 p99
# BenchmarkUsleep3: one nanosleep(3 us), as stealWork's usleep(3): what is really slept (timer slack);
# the p50 of the distribution below, each quantile the median over the runs:
#   p1-ns raw 70956, 70455, 70264
#   p10-ns raw 75562, 74612, 73580
#   p50-ns raw 81622, 80430, 80379
#   p90-ns raw 95022, 91236, 91987
#   p99-ns raw 119458, 105457, 111366
stealBackoff = 80430  # ns, stealWork usleep(3) as really slept, timer slack (BenchmarkUsleep3)
stealBackoffQuantiles = 70455 74612 80430 91987 111366  # ns at p1 p10 p50 p90 p99
# BenchmarkSleepOvershoot: time.Sleep(1ms) with the process idle: elapsed - 1 ms;
# the p50 of the distribution below, each quantile the median over the runs:
#   p1-ns raw 79950, 80982, 77316
#   p10-ns raw 84307, 84767, 84907
#   p50-ns raw 88583, 90426, 91827
#   p90-ns raw 100651, 124016, 124506
#   p99-ns raw 145618, 144081, 132268
timerLatency = 90426  # ns, timer wake-up beyond the deadline (BenchmarkSleepOvershoot)
timerLatencyQuantiles = 79950 84767 90426 124016 144081  # ns at p1 p10 p50 p90 p99
# BenchmarkWriteSyscall: write(2) of a 13-byte line to a drained pipe; ns/op, raw 628, 614, 614
printCost = 614  # ns, write(2) of one Print (BenchmarkWriteSyscall)
# NOT MEASURED (no Go benchmark sees it): CFS sched_latency 6 ms / 2 runnable threads
osTimeSlice = 3000000  # ns, OS time slice when threads > CPUs (CFS sched_latency / nr_running)
# median over the cost benchmarks of their run-to-run spread (max-min)/(max+min)
jitter = 0.018  # fraction: each work cost drawn from cost*[1-j, 1+j]
