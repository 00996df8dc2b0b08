# goschedlab machine profile — the bundled default (sim/engine/machine_profile.h).
# The reference machine kind: a 2-vCPU x86-64 KVM cloud VM, Linux, Go 1.19.
# A test (sim.trace_machine_profile) checks that this file equals defaultProfile().
#
# Format: one `key = value  # comment` a line. Durations are integers in ns, or
# with a unit: ns, us, ms, s. `jitter` is a fraction in [0, 1). Unknown keys are
# errors. `<key>Quantiles = p1 p10 p50 p90 p99` makes that latency a distribution
# (wakeupLatency, threadCreateCost, stealBackoff, timerLatency): each occurrence
# draws from it with the run's Latency RNG stream (piecewise-linear between the
# quantiles, sim/engine/latency_dist.h), so a seed still gives one run; the
# scalar is its p50. A file without the Quantiles line gets a constant latency.
#
# These figures are the unedited output of
#     goschedlab-cli calibrate -o default.profile --runs 3
# on the reference VM. CAVEAT: the VM was shared with ~7 parallel builds
# (load average 18.5 on 2 vCPUs), so every figure includes time-sharing by
# foreign load: the wake-up of an idle P (p50 2.8 ms) is a CPU run-queue wait,
# not a futex wake (an idle VM measured p50 ~31 us, p90 ~49 us, see
# tests/sim/engine/data/calibrate/bench_go119_2cpu_count3.txt at load 2.6).
# The real tallies of the oracle (tests/validation/programs/real_go119_2cpu.tsv)
# were also taken under load (~10). Re-run calibrate on an idle machine to
# predict one.
# Measured by `goschedlab-cli calibrate` (resources/calibrate/machine_bench_test.go):
#   GO111MODULE=off go test -run ^$ -bench . -cpu 2 -count 3 -benchtime 300ms machine_bench_test.go
#   toolchain: go version go1.19.8 linux/amd64
#   cpu: Oxide Virtual Turin-like Processor, 2 logical CPUs
#   /proc/loadavg at the start: 18.50 18.76 17.51 18/198 21337 (foreign load inflates every figure)
#   Each figure is the median over the 3 run(s); 'raw' lists the run-by-run figures.
name = default 2-vCPU x86-64 Linux VM (calibrated 2026-11-27)
cpus = 2  # logical CPUs of the machine measured
# BenchmarkStepArith: one add/compare/branch loop iteration; ns/op, raw 2.43, 2.43, 3.18
stepCost = 2  # ns, one interpreted local step (BenchmarkStepArith)
# BenchmarkCall: a //go:noinline call + return; ns/op, raw 8.26, 9.64, 9.81
callCost = 10  # ns, a function call + return (BenchmarkCall)
# BenchmarkSharedLoad: load+store of a global, cache hit; ns/op, raw 2.12, 1.97, 2.26
sharedAccessCost = 2  # ns, shared memory load/store, cache hit (BenchmarkSharedLoad)
# BenchmarkFalseSharing: two goroutines on two Ps atomically writing one cache line; ns/op, raw 47.1, 47.5, 52.6
contendedAccessCost = 47  # ns, the same with a cache miss from contention (BenchmarkFalseSharing)
# BenchmarkGoCreate: `go wg.Done()`, all waited for; ns/op, raw 6166, 5856, 6420
goCreateCost = 6166  # ns, newproc: a go statement (BenchmarkGoCreate)
# BenchmarkChanUncontended: buffered send + receive by one goroutine, per operation; chanop-ns, raw 98.4, 98.2, 85.2
chanOpCost = 98  # ns, uncontended channel send or receive (BenchmarkChanUncontended)
# BenchmarkMutexUncontended: Mutex Lock+Unlock, one goroutine; ns/op, raw 48.5, 60, 58.6
# BenchmarkMutexHandoff (informative, no field charges it): two goroutines contending on one Mutex, 54 ns per Lock+Unlock, raw 34.8, 55.6, 54
lockCost = 59  # ns, uncontended Mutex Lock+Unlock (BenchmarkMutexUncontended)
# BenchmarkAtomicAdd: atomic.AddInt64 on an owned line; ns/op, raw 28.8, 29.8, 30.9
atomicCost = 30  # ns, atomic add (BenchmarkAtomicAdd)
# BenchmarkSchedYield: runtime.Gosched with nothing else runnable: one schedule pass; ns/op, raw 316, 330, 322
findRunnableCost = 322  # ns, one findRunnable / steal attempt (BenchmarkSchedYield)
# BenchmarkWakeIdleP: send to a blocked receiver while main spins, after a 1 ms sleep parked the other M:
# send -> receiver running on the idle P (futex wake + that M's findRunnable + steal;
# the findRunnable pass, ~findRunnableCost, is not subtracted);
# the p50 of the distribution below, each quantile the median over the runs:
#   p1-ns raw 91904, 108075, 107122
#   p10-ns raw 433206, 149902, 394474
#   p50-ns raw 2823708, 2841000, 2770536
#   p90-ns raw 11979842, 10507363, 6942349
#   p99-ns raw 20619322, 18886452, 19875658
wakeupLatency = 2823708  # ns, wakep/startm until the woken M runs (BenchmarkWakeIdleP)
wakeupLatencyQuantiles = 107122 394474 2823708 10507363 19875658  # ns at p1 p10 p50 p90 p99
# BenchmarkLockOSThreadNew: `go` of a goroutine that exits locked to its thread (so every one needs a new M)
# -> it ran and main got its signal back;
# the p50 of the distribution below, each quantile the median over the runs:
#   p1-ns raw 18826, 18295, 18134
#   p10-ns raw 22473, 18885, 18605
#   p50-ns raw 40136, 35216, 33724
#   p90-ns raw 79811, 72417, 61245
#   p99-ns raw 450891, 228571, 246755
threadCreateCost = 35216  # ns, newm: new thread until it runs (BenchmarkLockOSThreadNew)
threadCreateCostQuantiles = 18295 18885 35216 72417 246755  # ns at p1 p10 p50 p90 p99
# BenchmarkUsleep3: one nanosleep(3 us), as stealWork's usleep(3): what is really slept (timer slack);
# the p50 of the distribution below, each quantile the median over the runs:
#   p1-ns raw 79120, 89258, 87536
#   p10-ns raw 98496, 98426, 100079
#   p50-ns raw 107363, 105830, 109377
#   p90-ns raw 143301, 135004, 140675
#   p99-ns raw 4054089, 2766720, 2993368
stealBackoff = 107363  # ns, stealWork usleep(3) as really slept, timer slack (BenchmarkUsleep3)
stealBackoffQuantiles = 87536 98496 107363 140675 2993368  # ns at p1 p10 p50 p90 p99
# BenchmarkSleepOvershoot: time.Sleep(1ms) with the process idle: elapsed - 1 ms;
# the p50 of the distribution below, each quantile the median over the runs:
#   p1-ns raw 63877, 94695, 75760
#   p10-ns raw 109252, 109974, 110164
#   p50-ns raw 119803, 125182, 123850
#   p90-ns raw 167142, 804033, 715145
#   p99-ns raw 2237729, 3493948, 3885447
timerLatency = 123850  # ns, timer wake-up beyond the deadline (BenchmarkSleepOvershoot)
timerLatencyQuantiles = 75760 109974 123850 715145 3493948  # ns at p1 p10 p50 p90 p99
# BenchmarkWriteSyscall: write(2) of a 13-byte line to a drained pipe; ns/op, raw 10418, 3280, 4100
printCost = 4100  # ns, write(2) of one Print (BenchmarkWriteSyscall)
# NOT MEASURED (no Go benchmark sees it): CFS sched_latency 6 ms / 2 runnable threads
osTimeSlice = 3000000  # ns, OS time slice when threads > CPUs (CFS sched_latency / nr_running)
# median over the cost benchmarks of their run-to-run spread (max-min)/(max+min)
jitter = 0.071  # fraction: each work cost drawn from cost*[1-j, 1+j]
