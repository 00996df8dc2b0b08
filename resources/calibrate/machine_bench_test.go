// machine_bench_test.go — the micro-benchmarks behind the fields of
// gsl::MachineProfile (sim/engine/machine_profile.h names one per field).
// `goschedlab-cli calibrate` embeds this file, writes it to a temporary
// directory and runs it (sim/engine/calibration.cpp reads the output); by hand:
//
//	cd resources/calibrate
//	GO111MODULE=off go test -run XXX -bench . -cpu 2 -timeout 0 -benchtime 300ms machine_bench_test.go
//
// -timeout 0: without it, testing's alarm (a 10-minute time.AfterFunc) is a
// timer on a P, and every schedule on that P then reads the clock
// (checkTimers), ~20 ns more per switch in BenchmarkSchedYield and
// BenchmarkChanPingPong; BenchmarkSchedYieldTimer measures that cost alone.
//
// ns/op is the cost of one operation unless a benchmark reports its own
// metric (chanop-ns). Latency benchmarks time every iteration and report the
// quantiles of those samples as p1-ns p10-ns p50-ns p90-ns p99-ns.
package machinebench

import (
	"os"
	"runtime"
	"sort"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
)

// reportQuantiles reports the p1 p10 p50 p90 p99 of samples (nearest rank).
func reportQuantiles(b *testing.B, samples []time.Duration) {
	if len(samples) == 0 {
		return
	}
	sort.Slice(samples, func(i, j int) bool { return samples[i] < samples[j] })
	for _, q := range []struct {
		level float64
		unit  string
	}{{0.01, "p1-ns"}, {0.10, "p10-ns"}, {0.50, "p50-ns"}, {0.90, "p90-ns"}, {0.99, "p99-ns"}} {
		i := int(q.level*float64(len(samples)-1) + 0.5)
		b.ReportMetric(float64(samples[i].Nanoseconds()), q.unit)
	}
}

var sink int64

// BenchmarkStepArith: one add + compare + branch (stepCost).
func BenchmarkStepArith(b *testing.B) {
	x := int64(0)
	for i := 0; i < b.N; i++ {
		if x&1 == 0 {
			x += int64(i)
		} else {
			x ^= int64(i)
		}
	}
	sink = x
}

//go:noinline
func callee(x int64) int64 { return x + 1 }

// BenchmarkCall: a non-inlined call + return (callCost).
func BenchmarkCall(b *testing.B) {
	x := int64(0)
	for i := 0; i < b.N; i++ {
		x = callee(x)
	}
	sink = x
}

// BenchmarkSharedLoad: the loop of racy_counter.go, a captured int
// incremented in a goroutine: one load and one store of a shared variable per
// iteration, cache hit (sharedAccessCost). Not `shared[0] += i` on a global
// array: on an AMD EPYC VM that loop took 1.5 ns per iteration, racy_counter's
// 0.54 ns, and the scenarios' shared variables are captured ones.
func BenchmarkSharedLoad(b *testing.B) {
	n := b.N
	counter := 0
	done := make(chan bool)
	go func() {
		for i := 0; i < n; i++ {
			counter++
		}
		done <- true
	}()
	<-done
	sink = int64(counter)
}

type padded struct {
	a int64
	b int64 // same cache line as a: false sharing
}

// BenchmarkFalseSharing: two goroutines write one cache line (contendedAccessCost).
func BenchmarkFalseSharing(b *testing.B) {
	var p padded
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		for i := 0; i < b.N; i++ {
			atomic.AddInt64(&p.a, 1)
		}
		wg.Done()
	}()
	go func() {
		for i := 0; i < b.N; i++ {
			atomic.AddInt64(&p.b, 1)
		}
		wg.Done()
	}()
	wg.Wait()
}

// BenchmarkGoCreate: `go f()` of an empty function, waited for (goCreateCost).
func BenchmarkGoCreate(b *testing.B) {
	var wg sync.WaitGroup
	for i := 0; i < b.N; i++ {
		wg.Add(1)
		go wg.Done()
	}
	wg.Wait()
}

// BenchmarkChanUncontended: buffered send + receive by one goroutine, counted per op (chanOpCost).
func BenchmarkChanUncontended(b *testing.B) {
	c := make(chan int, 1)
	start := time.Now()
	for i := 0; i < b.N; i++ {
		c <- i
		<-c
	}
	b.ReportMetric(float64(time.Since(start).Nanoseconds())/float64(2*b.N), "chanop-ns")
}

// BenchmarkChanPingPong: main and one goroutine on one P bounce a value over
// two unbuffered channels (switchCost): per round trip two sends that ready a
// parked receiver, two receives that park, two goroutine switches.
func BenchmarkChanPingPong(b *testing.B) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
	}()
	for i := 0; i < b.N; i++ {
		ping <- i
		<-pong
	}
	close(ping)
}

// BenchmarkMutexUncontended: Lock + Unlock (lockCost).
func BenchmarkMutexUncontended(b *testing.B) {
	var mu sync.Mutex
	for i := 0; i < b.N; i++ {
		mu.Lock()
		mu.Unlock()
	}
}

// BenchmarkAtomicAdd: atomic add on an owned line (atomicCost).
func BenchmarkAtomicAdd(b *testing.B) {
	var x int64
	for i := 0; i < b.N; i++ {
		atomic.AddInt64(&x, 1)
	}
}

// BenchmarkSchedYield: runtime.Gosched with nothing else runnable, on one P
// without timers: one pass of schedule/findRunnable (findRunnableCost).
func BenchmarkSchedYield(b *testing.B) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	for i := 0; i < b.N; i++ {
		runtime.Gosched()
	}
}

// BenchmarkSchedYieldTimer: the same with a pending timer on the P. go1.19's
// findRunnable starts with checkTimers, which calls nanotime() only when the
// P has a timer; minus BenchmarkSchedYield, that clock read (timerCheckCost).
func BenchmarkSchedYieldTimer(b *testing.B) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	t := time.NewTimer(time.Hour)
	defer t.Stop()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		runtime.Gosched()
	}
}

// BenchmarkWakeIdleP: how long an idle P's parked M takes to run a goroutine
// readied for it (wakeupLatency; run with -cpu 2). Each iteration main sleeps
// 1 ms so every other M parks on its futex, then sends to a blocked receiver
// (ready -> runnext of main's P, wakep -> futex wake of a parked M for the
// idle P) and at once starts an empty goroutine, which pushes the receiver
// from runnext to the local run queue, where the woken M steals it without
// stealWork's runnext back-off. Main spins meanwhile (so its own P never
// runs the receiver). Sample: send -> receiver running on the other P. It
// includes the woken M's findRunnable pass and steal (~findRunnableCost).
func BenchmarkWakeIdleP(b *testing.B) {
	base := time.Now()
	c := make(chan time.Duration)
	var lat int64 // ns, set by the receiver; 0 = not yet run
	go func() {
		for t0 := range c {
			atomic.StoreInt64(&lat, int64(time.Since(base)-t0)+1)
		}
	}()
	samples := make([]time.Duration, 0, b.N)
	for i := 0; i < b.N; i++ {
		time.Sleep(time.Millisecond) // let the other M park
		atomic.StoreInt64(&lat, 0)
		c <- time.Since(base)
		go func() {}()
		deadline := time.Now().Add(50 * time.Millisecond)
		for atomic.LoadInt64(&lat) == 0 && time.Now().Before(deadline) {
		}
		if l := atomic.LoadInt64(&lat); l != 0 {
			samples = append(samples, time.Duration(l-1))
		}
	}
	close(c)
	reportQuantiles(b, samples)
}

// BenchmarkLockOSThreadNew: a goroutine that exits locked kills its thread,
// so the next one needs a new M (threadCreateCost). Sample: one iteration,
// `go` -> the new thread ran the goroutine and main got the signal back.
func BenchmarkLockOSThreadNew(b *testing.B) {
	done := make(chan struct{})
	samples := make([]time.Duration, 0, b.N)
	for i := 0; i < b.N; i++ {
		t := time.Now()
		go func() {
			runtime.LockOSThread()
			done <- struct{}{}
		}()
		<-done
		samples = append(samples, time.Since(t))
	}
	reportQuantiles(b, samples)
}

// BenchmarkUsleep3: what stealWork's usleep(3) really sleeps (stealBackoff).
// Sample: one nanosleep(3 us).
func BenchmarkUsleep3(b *testing.B) {
	ts := syscall.Timespec{Nsec: 3000}
	samples := make([]time.Duration, 0, b.N)
	for i := 0; i < b.N; i++ {
		t := time.Now()
		_ = syscall.Nanosleep(&ts, nil)
		samples = append(samples, time.Since(t))
	}
	reportQuantiles(b, samples)
}

// BenchmarkSleepOvershoot: time.Sleep(1ms) beyond its deadline, the whole
// process idle (timerLatency). Sample: elapsed - 1 ms.
func BenchmarkSleepOvershoot(b *testing.B) {
	samples := make([]time.Duration, 0, b.N)
	for i := 0; i < b.N; i++ {
		t := time.Now()
		time.Sleep(time.Millisecond)
		over := time.Since(t) - time.Millisecond
		if over < 0 {
			over = 0
		}
		samples = append(samples, over)
	}
	reportQuantiles(b, samples)
}

// BenchmarkMutexHandoff: two goroutines contend on one Mutex (informative:
// no profile field charges a contended hand-off; calibrate notes it).
func BenchmarkMutexHandoff(b *testing.B) {
	var mu sync.Mutex
	var wg sync.WaitGroup
	n := int64(0)
	wg.Add(2)
	for w := 0; w < 2; w++ {
		go func() {
			for i := 0; i < b.N/2; i++ {
				mu.Lock()
				n++
				mu.Unlock()
			}
			wg.Done()
		}()
	}
	wg.Wait()
	sink = n
}

// BenchmarkWriteSyscall: write(2) of one short line to a drained pipe (printCost).
func BenchmarkWriteSyscall(b *testing.B) {
	r, w, err := os.Pipe()
	if err != nil {
		b.Fatal(err)
	}
	go func() {
		buf := make([]byte, 1<<16)
		for {
			if _, err := r.Read(buf); err != nil {
				return
			}
		}
	}()
	line := []byte("hello, world\n")
	for i := 0; i < b.N; i++ {
		if _, err := w.Write(line); err != nil {
			b.Fatal(err)
		}
	}
	w.Close()
}
