# goschedlab machine profile — the bundled default (sim/engine/machine_profile.h).
# The reference machine kind: a 2-vCPU x86-64 KVM cloud VM, Linux, Go 1.19.
# A test (sim.trace_machine_profile) checks that this file equals defaultProfile().
#
# Format: one `key = value  # comment` a line. Durations are integers in ns, or
# with a unit: ns, us, ms, s. `jitter` is a fraction in [0, 1). Unknown keys are
# errors. `goschedlab-cli calibrate -o FILE` writes a measured profile.

name = default 2-vCPU x86-64 Linux VM
cpus = 2                       # logical CPUs of the machine measured

# Interpreted program work: ns per instruction of goschedlab's bytecode, decimals
# allowed (kept to the ps). Measured on the reference VM, idle, 2026-11-27, with
# resources/calibrate/machine_bench_test.go (-count 5, medians); calibrate divides
# each benchmark's ns per loop iteration by the bytecode instructions the front
# end compiles that loop to (sim/engine/calibration.h, checked by sim.run_bench_loops).
stepCost = 0.048               # BenchmarkStepArith 0.602 ns/iteration over 12.5 instructions
callCost = 0.839               # BenchmarkCall 1.559 ns/iteration less its 15 instructions
sharedAccessCost = -0.048      # counter++ loop 0.28 ns/iteration < its 9 instructions at stepCost (0.432): (0.28-0.432)/2, held at -stepCost
contendedAccessCost = 19.03    # BenchmarkFalseSharing 19.03 ns/op; informative (contention not modelled)

# Runtime operations (measured idle, calibrate --runs 5, 2026-11-27, except goCreateCost)
goCreateCost = 300             # newproc reusing a dead G: 80-400 ns (creator's side; BenchmarkGoCreate 778 incl. run)
chanOpCost = 18                # channel send/receive without waiter (BenchmarkChanUncontended)
lockCost = 12                  # Mutex Lock+Unlock, uncontended (BenchmarkMutexUncontended)
atomicCost = 6                 # atomic add, uncontended (BenchmarkAtomicAdd)
findRunnableCost = 63          # one findRunnable pass / steal attempt (BenchmarkSchedYield)
switchCost = 0                 # goroutine switch beyond findRunnableCost: not measured on this VM (calibrate: BenchmarkChanPingPong)
timerCheckCost = 20            # a schedule on a P with a timer: checkTimers' nanotime(); measured on the AMD EPYC VM
                               # (BenchmarkSchedYieldTimer 55 - BenchmarkSchedYield 36 ns), not on this VM

# Goroutine creation in a fresh process: no dead G to reuse, newproc1 calls malg
# (100 fresh go1.19 processes x 40 go statements, GOMAXPROCS=1, load ~1)
goCreateFirstCost = 47050        # p50 of the quantiles below
goCreateFirstCostQuantiles = 27399 33620 47050 134660 431886   # the first new G (main.main's first go), p1 p10 p50 p90 p99
goCreateNewCost = 200            # p50 of the quantiles below
goCreateNewCostQuantiles = 100 100 200 16310 260829            # a new G after the 40th (#2-#40: sim/engine/cold_create.h)

# First runs in a fresh process: cold code paths and fresh memory (sim/runtime/cold.cpp).
# bench/cold/measure.sh 300: fresh go1.19 processes, GOMAXPROCS=1, idle, 2026-11-28, each under
# `timeout 10` with stdout to a file, as the oracle's real runs (tests/validation/programs/measure.sh).
# Run to run on the same day the p50s moved by up to 30 % (coldFmt 31-42 us over three runs).
pageFaultCost = 14238            # p50 of the quantiles below
pageFaultCostQuantiles = 11632 12734 14238 21942 97916    # first touch of a fresh 4 KB page (120 x 256 pages of a new 1 MB slice)
coldPathCost = 1202              # p50 of the quantiles below
coldPathCostQuantiles = 38 171 1202 2674 3587              # first minus second run of chan send+recv, select, close, Gosched, strings.Join (5 x 300)
coldFmtCost = 41588              # p50 of the quantiles below
coldFmtCostQuantiles = 22290 26264 41588 114103 190730    # the first fmt.Sprint / Fprintln of a process (1200 processes, 3 programs)
coldTimerCost = 38518            # p50 of the quantiles below
coldTimerCostQuantiles = 32095 34665 38518 106388 147188   # the first time.NewTimer+Stop (150 processes)
coldPanicCost = 20644            # p50 of the quantiles below
coldPanicCostQuantiles = 17992 18604 20644 105420 178432  # the first panic to its deferred call (panic/, 300 processes)
coldWriteCost = 32401            # p50 of the quantiles below
coldWriteCostQuantiles = 4692 28492 32401 85616 147937    # the first minus the second write(2) to stdout, a file (write/, 300 processes)
coldPMallocCost = 0              # the first malloc on a P other than main's: not measured on this VM (bench/cold/pmalloc: p50 14 us on the AMD EPYC VM)

# OS and threads
wakeupLatency = 70714           # p50 of the quantiles below
wakeupLatencyQuantiles = 3304 5667 70714 119495 1343357  # wakep until the woken M runs a stolen G (wake_p1.go, 700 runs under timeout 10, stdout to a file, 2026-11-28)
threadCreateCost = 40us        # newm: clone until the thread runs, 20-60 us (BenchmarkLockOSThreadNew)
stealBackoff = 113775           # p50 of the quantiles below
stealBackoffQuantiles = 94468 97755 113775 124546 163228  # stealWork's usleep(3) as really slept (BenchmarkUsleep3, idle); minus 3 us, also sysmon's usleep overshoot
timerLatency = 50us            # a timer wakes its M this late: timer slack (BenchmarkSleepOvershoot)
printCost = 2us                # write(2) of one Print line to a pipe: 1-3 us (BenchmarkWriteSyscall)
osTimeSlice = 3ms              # OS slice when threads > CPUs: CFS 6 ms sched_latency / 2

# Noise
jitter = 0.03                  # each cost drawn uniformly from cost * [0.97, 1.03]
