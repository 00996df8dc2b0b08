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
#   /proc/loadavg at the start: 1.29 1.17 1.35 1/80 25364 (foreign load inflates every figure)
#   Each figure is the median over the 3 run(s); 'raw' lists the run-by-run figures.
name = measured by goschedlab-cli calibrate
cpus = 2  # logical CPUs of the machine measured
# BenchmarkStepArith: one add/compare/branch loop iteration, 0.548 ns (raw 0.55, 0.548, 0.548),
# over the 12.5 bytecode instructions the front end compiles that iteration to
stepCost = 0.044  # ns, one interpreted bytecode instruction (BenchmarkStepArith / its instructions)
# BenchmarkCall: a //go:noinline call + return, 1.37 ns per iteration (raw 1.65, 1.37, 1.37),
# less its 15 bytecode instructions at stepCost (caller loop + callee body)
callCost = 0.714  # ns, a call + return beyond its instructions (BenchmarkCall)
# BenchmarkSharedLoad: racy_counter's counter++ on a captured int, cache hit, 0.289 ns per iteration (raw 0.289, 0.283, 0.295),
# less its 9 bytecode instructions at stepCost, over its 2 memory steps (0 = no more than an instruction)
sharedAccessCost = -0.044  # ns, a shared load/store beyond its instruction, cache hit (BenchmarkSharedLoad); (0.289 - 9 x 0.044) / 2 = -0.054 held at -stepCost, recomputed 2026-11-29 by the rule calibrate now uses (the file said 0, the former floor)
# BenchmarkFalseSharing: two goroutines on two Ps atomically writing one cache line; ns/op, raw 10.1, 10.2, 9.98 (informative: no step charges it)
contendedAccessCost = 10.12  # ns, atomic add on a contended line (BenchmarkFalseSharing), informative
# BenchmarkGoCreate: `go wg.Done()`, all waited for; ns/op, raw 170, 181, 234
goCreateCost = 181  # ns, newproc: a go statement (BenchmarkGoCreate)
# BenchmarkChanUncontended: buffered send + receive by one goroutine, per operation; chanop-ns, raw 10.1, 11, 10.2
chanOpCost = 10  # ns, uncontended channel send or receive (BenchmarkChanUncontended)
# BenchmarkMutexUncontended: Mutex Lock+Unlock, one goroutine; ns/op, raw 4.98, 4.96, 4.96
# BenchmarkMutexHandoff (informative, no field charges it): two goroutines contending on one Mutex, 5.93 ns per Lock+Unlock, raw 5.84, 5.93, 5.95
lockCost = 5  # ns, uncontended Mutex Lock+Unlock (BenchmarkMutexUncontended)
# BenchmarkAtomicAdd: atomic.AddInt64 on an owned line; ns/op, raw 2.13, 2.14, 2.15
atomicCost = 2  # ns, atomic add (BenchmarkAtomicAdd)
# BenchmarkSchedYield: runtime.Gosched with nothing else runnable: one schedule pass; ns/op, raw 35.5, 35.5, 35.7
findRunnableCost = 36  # ns, one findRunnable / steal attempt (BenchmarkSchedYield)
# BenchmarkChanPingPong: two goroutines on one P over two unbuffered channels, 195 ns per round trip (raw 196, 195, 195);
# the simulated round trip with switchCost 0 takes 116 ns with this profile's other costs, so each goroutine switch gets the rest (sim/run/handoff.h; 0 if the simulator is already as slow)
switchCost = 40  # ns, a goroutine switch beyond findRunnableCost, at every execute (BenchmarkChanPingPong)
timerCheckCost = 19  # ns, a schedule on a P with a timer: checkTimers' nanotime() (BenchmarkSchedYieldTimer - BenchmarkSchedYield: 54.95 - 35.78 ns, medians of 3, -timeout 0, 2026-11-29; added by hand from a run of the two benchmarks)
# bench/cold/first_go: main.main's first go statement (malg, no dead G to reuse);
# fresh processes launched by `bash measure.sh 150` (timeout 10, stdout to a file), 150 samples; the p50 of the distribution below
goCreateFirstCost = 7280  # ns, the process's first new G: main.main's first go statement (bench/cold/first_go)
goCreateFirstCostQuantiles = 4841 5771 7280 10202 12490  # ns at p1 p10 p50 p90 p99
# (goCreateNewCost and goCreateTable.K: from a second `goschedlab-cli calibrate` run on the same VM, 2026-11-29 10:30 UTC, the first with create40)
# bench/cold/create40: main.main's go statements #25-#40, each a new G, pooled (the cost of a new G after the 40th);
# fresh processes launched by `bash measure.sh 150` (timeout 10, stdout to a file), 2400 samples; the p50 of the distribution below
goCreateNewCost = 160  # ns, a go statement allocating a new G after the 40th (cold_create.h)
goCreateNewCostQuantiles = 120 130 160 4617 20981  # ns at p1 p10 p50 p90 p99
# bench/cold/pages: every page of a new 1 MB slice, first touch (GOMAXPROCS=1);
# fresh processes launched by `bash measure.sh 150` (timeout 10, stdout to a file), 15360 samples; the p50 of the distribution below
pageFaultCost = 1462  # ns, first touch of a fresh 4 KB page (bench/cold/ page probe)
pageFaultCostQuantiles = 1102 1232 1462 1823 8287  # ns at p1 p10 p50 p90 p99
# bench/cold/paths: first minus second run of chan send+recv, select, close, Gosched, strings.Join;
# fresh processes launched by `bash measure.sh 150` (timeout 10, stdout to a file), 750 samples; the p50 of the distribution below
coldPathCost = 261  # ns, a runtime path's first run in the process, beyond its warm cost (bench/cold/)
coldPathCostQuantiles = 20 50 261 651 1122  # ns at p1 p10 p50 p90 p99
# bench/cold/first_calls, fmt_send, paths: the process's first fmt.Sprint / Println;
# fresh processes launched by `bash measure.sh 150` (timeout 10, stdout to a file), 600 samples; the p50 of the distribution below
coldFmtCost = 5518  # ns, the process's first fmt call (bench/cold/)
coldFmtCostQuantiles = 3374 3846 5518 6781 27021  # ns at p1 p10 p50 p90 p99
# bench/cold/paths: the first time.NewTimer+Stop;
# fresh processes launched by `bash measure.sh 150` (timeout 10, stdout to a file), 150 samples; the p50 of the distribution below
coldTimerCost = 10065  # ns, the process's first timer (bench/cold/)
coldTimerCostQuantiles = 8825 9283 10065 12314 42554  # ns at p1 p10 p50 p90 p99
# bench/cold/panic: the first panic to its deferred call;
# fresh processes launched by `bash measure.sh 150` (timeout 10, stdout to a file), 150 samples; the p50 of the distribution below
coldPanicCost = 2504  # ns, the process's first panic until fatalpanic (bench/cold/)
coldPanicCostQuantiles = 2247 2333 2504 2864 4664  # ns at p1 p10 p50 p90 p99
# bench/cold/write: first minus second write(2) to stdout, a file;
# fresh processes launched by `bash measure.sh 150` (timeout 10, stdout to a file), 150 samples; the p50 of the distribution below
coldWriteCost = 7486  # ns, the process's first write(2) to stdout (bench/cold/)
coldWriteCostQuantiles = 6408 6957 7486 10612 18580  # ns at p1 p10 p50 p90 p99
# bench/cold/pmalloc: a goroutine stolen by P1 times its first 100-byte allocation there (P1's mcache empty); 300 fresh processes, 2026-11-29 11:00 UTC, added by hand (calibrate measures it since)
coldPMallocCost = 14091  # ns, the first heap allocation on a P other than main's (bench/cold/pmalloc)
coldPMallocCostQuantiles = 130 480 14091 16504 20103  # ns at p1 p10 p50 p90 p99
# bench/cold/wake (GOMAXPROCS=2): main.main's first go statement wakes the idle P;
# from its end to the start of the goroutine that P steals;
# fresh processes launched by `bash measure.sh 150` (timeout 10, stdout to a file), 600 samples; the p50 of the distribution below
# (replaces BenchmarkWakeIdleP's figure: in a warm benchmark process the woken M is not the one a fresh process wakes)
wakeupLatency = 47351  # ns, wakep/startm until the woken M runs (bench/cold/wake, fresh processes)
wakeupLatencyQuantiles = 1185 14903 47351 73973 1550037  # ns at p1 p10 p50 p90 p99
# BenchmarkLockOSThreadNew: `go` of a goroutine that exits locked to its thread (so every one needs a new M)
# -> it ran and main got its signal back;
# the p50 of the distribution below, each quantile the median over the runs:
#   p1-ns raw 2364, 2604, 4131
#   p10-ns raw 4787, 5398, 9605
#   p50-ns raw 19669, 26750, 21708
#   p90-ns raw 39199, 49684, 49904
#   p99-ns raw 85328, 125297, 98517
threadCreateCost = 21708  # ns, newm: new thread until it runs (BenchmarkLockOSThreadNew)
threadCreateCostQuantiles = 2604 5398 21708 49684 98517  # ns at p1 p10 p50 p90 p99
# BenchmarkUsleep3: one nanosleep(3 us), as stealWork's usleep(3): what is really slept (timer slack);
# the p50 of the distribution below, each quantile the median over the runs:
#   p1-ns raw 68172, 69383, 68692
#   p10-ns raw 71377, 72378, 72217
#   p50-ns raw 77376, 79208, 75583
#   p90-ns raw 86900, 85458, 83484
#   p99-ns raw 103454, 96924, 92538
stealBackoff = 77376  # ns, stealWork usleep(3) as really slept, timer slack (BenchmarkUsleep3)
stealBackoffQuantiles = 68692 72217 77376 85458 96924  # ns at p1 p10 p50 p90 p99
# BenchmarkSleepOvershoot: time.Sleep(1ms) with the process idle: elapsed - 1 ms;
# the p50 of the distribution below, each quantile the median over the runs:
#   p1-ns raw 77446, 74883, 78208
#   p10-ns raw 82424, 78107, 83004
#   p50-ns raw 86490, 82814, 86460
#   p90-ns raw 96715, 88793, 96324
#   p99-ns raw 115302, 109084, 152303
timerLatency = 86460  # ns, timer wake-up beyond the deadline (BenchmarkSleepOvershoot)
timerLatencyQuantiles = 77446 82424 86460 96324 115302  # ns at p1 p10 p50 p90 p99
# BenchmarkWriteSyscall: write(2) of a 13-byte line to a drained pipe; ns/op, raw 628, 603, 610
printCost = 610  # ns, write(2) of one Print (BenchmarkWriteSyscall)
# NOT MEASURED (no Go benchmark sees it): CFS sched_latency 6 ms / 2 runnable threads
osTimeSlice = 3000000  # ns, OS time slice when threads > CPUs (CFS sched_latency / nr_running)
# bench/cold/create40: main.main's go statements #2-#40 in fresh processes (each allocates a new G and its stack: malg), timed one by one, 150 processes; the k-th statement's distribution (sim/engine/cold_create.h)
goCreateTable.2 = 230 241 270 301 365  # ns at p1 p10 p50 p90 p99, go statement #2 (a new G)
goCreateTable.3 = 140 140 160 200 260  # ns at p1 p10 p50 p90 p99, go statement #3 (a new G)
goCreateTable.4 = 2192 2393 2599 2817 4512  # ns at p1 p10 p50 p90 p99, go statement #4 (a new G)
goCreateTable.5 = 330 361 401 502 656  # ns at p1 p10 p50 p90 p99, go statement #5 (a new G)
goCreateTable.6 = 140 150 160 191 225  # ns at p1 p10 p50 p90 p99, go statement #6 (a new G)
goCreateTable.7 = 120 130 141 180 230  # ns at p1 p10 p50 p90 p99, go statement #7 (a new G)
goCreateTable.8 = 120 130 140 4669 5002  # ns at p1 p10 p50 p90 p99, go statement #8 (a new G)
goCreateTable.9 = 120 120 135 220 275  # ns at p1 p10 p50 p90 p99, go statement #9 (a new G)
goCreateTable.10 = 130 141 4707 5038 21987  # ns at p1 p10 p50 p90 p99, go statement #10 (a new G)
goCreateTable.11 = 120 130 225 260 335  # ns at p1 p10 p50 p90 p99, go statement #11 (a new G)
goCreateTable.12 = 2122 2303 2543 5158 26873  # ns at p1 p10 p50 p90 p99, go statement #12 (a new G)
goCreateTable.13 = 13726 14647 16585 38810 44440  # ns at p1 p10 p50 p90 p99, go statement #13 (a new G)
goCreateTable.14 = 180 189 211 260 702  # ns at p1 p10 p50 p90 p99, go statement #14 (a new G)
goCreateTable.15 = 125 130 141 180 206  # ns at p1 p10 p50 p90 p99, go statement #15 (a new G)
goCreateTable.16 = 110 120 131 161 190  # ns at p1 p10 p50 p90 p99, go statement #16 (a new G)
goCreateTable.17 = 120 120 130 2095 5697  # ns at p1 p10 p50 p90 p99, go statement #17 (a new G)
goCreateTable.18 = 130 130 140 181 245  # ns at p1 p10 p50 p90 p99, go statement #18 (a new G)
goCreateTable.19 = 130 140 2053 2284 15496  # ns at p1 p10 p50 p90 p99, go statement #19 (a new G)
goCreateTable.20 = 120 130 170 201 300  # ns at p1 p10 p50 p90 p99, go statement #20 (a new G)
goCreateTable.21 = 180 190 220 241 335  # ns at p1 p10 p50 p90 p99, go statement #21 (a new G)
goCreateTable.22 = 124 130 140 170 210  # ns at p1 p10 p50 p90 p99, go statement #22 (a new G)
goCreateTable.23 = 120 120 130 160 185  # ns at p1 p10 p50 p90 p99, go statement #23 (a new G)
goCreateTable.24 = 120 120 131 160 205  # ns at p1 p10 p50 p90 p99, go statement #24 (a new G)
goCreateTable.25 = 120 120 130 160 185  # ns at p1 p10 p50 p90 p99, go statement #25 (a new G)
goCreateTable.26 = 190 201 220 241 300  # ns at p1 p10 p50 p90 p99, go statement #26 (a new G)
goCreateTable.27 = 120 130 141 2464 4061  # ns at p1 p10 p50 p90 p99, go statement #27 (a new G)
goCreateTable.28 = 2443 2653 4692 5140 7792  # ns at p1 p10 p50 p90 p99, go statement #28 (a new G)
goCreateTable.29 = 14381 15841 19064 21191 22084  # ns at p1 p10 p50 p90 p99, go statement #29 (a new G)
goCreateTable.30 = 170 210 260 301 340  # ns at p1 p10 p50 p90 p99, go statement #30 (a new G)
goCreateTable.31 = 130 140 171 201 245  # ns at p1 p10 p50 p90 p99, go statement #31 (a new G)
goCreateTable.32 = 120 120 140 161 181  # ns at p1 p10 p50 p90 p99, go statement #32 (a new G)
goCreateTable.33 = 120 120 130 160 190  # ns at p1 p10 p50 p90 p99, go statement #33 (a new G)
goCreateTable.34 = 130 131 140 161 195  # ns at p1 p10 p50 p90 p99, go statement #34 (a new G)
goCreateTable.35 = 120 130 140 160 190  # ns at p1 p10 p50 p90 p99, go statement #35 (a new G)
goCreateTable.36 = 120 130 141 2063 2218  # ns at p1 p10 p50 p90 p99, go statement #36 (a new G)
goCreateTable.37 = 174 190 201 240 310  # ns at p1 p10 p50 p90 p99, go statement #37 (a new G)
goCreateTable.38 = 130 140 2214 2373 2842  # ns at p1 p10 p50 p90 p99, go statement #38 (a new G)
goCreateTable.39 = 120 130 140 180 236  # ns at p1 p10 p50 p90 p99, go statement #39 (a new G)
goCreateTable.40 = 120 121 130 160 190  # ns at p1 p10 p50 p90 p99, go statement #40 (a new G)
# median over the cost benchmarks of their run-to-run spread (max-min)/(max+min)
jitter = 0.015  # fraction: each work cost drawn from cost*[1-j, 1+j]
