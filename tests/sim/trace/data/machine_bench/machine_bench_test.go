// machine_bench_test.go — the micro-benchmarks behind the fields of
// gsl::MachineProfile (sim/engine/machine_profile.h names one per field).
// `goschedlab-cli calibrate` is meant to run these; by hand:
//
//	cd tests/sim/trace/data/machine_bench
//	GO111MODULE=off go test -run XXX -bench . -benchtime 200ms machine_bench_test.go
//
// ns/op is the cost of one operation unless a benchmark reports its own
// metric (wake-ns, slept-ns, overshoot-ns).
package machinebench

import (
	"os"
	"runtime"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
)

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

var shared [64]int64

// BenchmarkSharedLoad: load + store of a global, cache hit (sharedAccessCost).
func BenchmarkSharedLoad(b *testing.B) {
	for i := 0; i < b.N; i++ {
		shared[0] += int64(i)
	}
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

// BenchmarkSchedYield: runtime.Gosched with nothing else runnable: one pass
// of schedule/findRunnable (findRunnableCost).
func BenchmarkSchedYield(b *testing.B) {
	for i := 0; i < b.N; i++ {
		runtime.Gosched()
	}
}

// BenchmarkPingPong: a goroutine blocked long enough for its M to park is
// woken through a channel; wake-ns is send -> running (wakeupLatency).
func BenchmarkPingPong(b *testing.B) {
	c := make(chan time.Time)
	done := make(chan time.Duration)
	go func() {
		for t := range c {
			done <- time.Since(t)
		}
	}()
	var total time.Duration
	for i := 0; i < b.N; i++ {
		time.Sleep(200 * time.Microsecond) // let the receiver's M park
		c <- time.Now()
		total += <-done
	}
	close(c)
	b.ReportMetric(float64(total.Nanoseconds())/float64(b.N), "wake-ns")
}

// BenchmarkLockOSThreadNew: a goroutine that exits locked kills its thread,
// so the next one needs a new M (threadCreateCost).
func BenchmarkLockOSThreadNew(b *testing.B) {
	done := make(chan struct{})
	for i := 0; i < b.N; i++ {
		go func() {
			runtime.LockOSThread()
			done <- struct{}{}
		}()
		<-done
	}
}

// BenchmarkUsleep3: what stealWork's usleep(3) really sleeps (stealBackoff).
func BenchmarkUsleep3(b *testing.B) {
	ts := syscall.Timespec{Nsec: 3000}
	start := time.Now()
	for i := 0; i < b.N; i++ {
		_ = syscall.Nanosleep(&ts, nil)
	}
	b.ReportMetric(float64(time.Since(start).Nanoseconds())/float64(b.N), "slept-ns")
}

// BenchmarkSleepOvershoot: time.Sleep(1ms) beyond its deadline (timerLatency).
func BenchmarkSleepOvershoot(b *testing.B) {
	var over time.Duration
	for i := 0; i < b.N; i++ {
		t := time.Now()
		time.Sleep(time.Millisecond)
		over += time.Since(t) - time.Millisecond
	}
	b.ReportMetric(float64(over.Nanoseconds())/float64(b.N), "overshoot-ns")
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
