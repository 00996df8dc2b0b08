// Scenario: GOMAXPROCS larger than the CPU quota
// Topic: gomaxprocs
// Lesson: Four CPU-bound workers and a latency-sensitive loop that sleeps 1 ms and
//   records how late it woke up, on a 4-CPU host with a 1-core CFS quota (cpu.max
//   "100000 100000"). With GOMAXPROCS=4 four threads burn the 100 ms quota in about
//   25 ms of wall time; then the kernel throttles the whole cgroup (every thread,
//   sysmon too) until the next 100 ms period, so the ticker's worst delay jumps to
//   tens of ms (>=50ms). With GOMAXPROCS=1 the process never uses more than one core,
//   is never throttled, and the ticker waits at most for a 10 ms preemption of a worker
//   (typically <20ms). The quota limits CPU time per period, not parallelism; matching
//   GOMAXPROCS to the quota (Go 1.25 does this by default) avoids the throttling stalls.
//   On a real machine without a quota the delays come only from the busy Ps: the timer
//   is checked when a worker is preempted (10-20 ms; more on a loaded host).
// Config: gomaxprocs=1,2,4 cpus=4 quota=1 go=1.22

package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

func bucket(d time.Duration) string {
	switch {
	case d < 2*time.Millisecond:
		return "<2ms"
	case d < 5*time.Millisecond:
		return "<5ms"
	case d < 20*time.Millisecond:
		return "<20ms"
	case d < 50*time.Millisecond:
		return "<50ms"
	}
	return ">=50ms"
}

func main() {
	var stop atomic.Bool
	var wg sync.WaitGroup
	wg.Add(4)
	for w := 0; w < 4; w++ {
		go func() {
			defer wg.Done()
			x := 0
			for !stop.Load() {
				for i := 0; i < 1000; i++ {
					x++
				}
			}
		}()
	}
	var worst time.Duration
	start := time.Now()
	for time.Since(start) < 150*time.Millisecond {
		t0 := time.Now()
		time.Sleep(time.Millisecond)
		late := time.Since(t0) - time.Millisecond
		if late > worst {
			worst = late
		}
	}
	stop.Store(true)
	wg.Wait()
	fmt.Printf("worst_tick_delay=%s\n", bucket(worst))
}
