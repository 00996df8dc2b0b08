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
sharedAccessCost = 0           # BenchmarkSharedLoad 0.339 ns/iteration < its 11 instructions: no extra
contendedAccessCost = 19.03    # BenchmarkFalseSharing 19.03 ns/op; informative (contention not modelled)

# Runtime operations
goCreateCost = 300             # newproc, a `go` statement: 250-400 ns (BenchmarkGoCreate)
chanOpCost = 60                # channel send/receive without waiter: 50-100 ns (BenchmarkChanUncontended)
lockCost = 20                  # Mutex Lock+Unlock, uncontended: 15-25 ns (BenchmarkMutexUncontended)
atomicCost = 8                 # atomic add, uncontended: 5-20 ns (BenchmarkAtomicAdd)
findRunnableCost = 200         # one findRunnable pass / steal attempt: 100-300 ns (BenchmarkSchedYield)

# OS and threads
wakeupLatency = 20us           # wakep/startm: futex wake until the M runs, 5-50 us on a VM (BenchmarkPingPong)
threadCreateCost = 40us        # newm: clone until the thread runs, 20-60 us (BenchmarkLockOSThreadNew)
stealBackoff = 55us            # stealWork's usleep(3) as really slept: 50 us timer slack + 3 (BenchmarkUsleep3)
timerLatency = 50us            # a timer wakes its M this late: timer slack (BenchmarkSleepOvershoot)
printCost = 2us                # write(2) of one Print line to a pipe: 1-3 us (BenchmarkWriteSyscall)
osTimeSlice = 3ms              # OS slice when threads > CPUs: CFS 6 ms sched_latency / 2

# Noise
jitter = 0.03                  # each cost drawn uniformly from cost * [0.97, 1.03]
