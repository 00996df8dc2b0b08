// Scenario: Validation: ticker latency while CPU-bound workers exhaust the quota
// Topic: cfs
// Lesson: Runs unchanged on the real runtime (inside a cgroup with a CPU quota)
//   and in the simulator. Four workers spin; main sleeps 1 ms in a loop for
//   300 ms (three CFS periods) and prints its worst wake-up delay in µs. When the
//   workers burn the quota the whole process is throttled until the next period,
//   and the delay grows to the throttled part of the period.
// Config: gomaxprocs=1,2,4 cpus=2 quota=1 go=1.19
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	var stop atomic.Bool
	var wg sync.WaitGroup
	wg.Add(4)
	for w := 0; w < 4; w++ {
		go func() {
			defer wg.Done()
			x := 0
			for !stop.Load() {
				x++
			}
		}()
	}
	var worst time.Duration
	start := time.Now()
	for time.Since(start) < 300*time.Millisecond {
		t0 := time.Now()
		time.Sleep(time.Millisecond)
		late := time.Since(t0) - time.Millisecond
		if late > worst {
			worst = late
		}
	}
	stop.Store(true)
	wg.Wait()
	fmt.Printf("worst_us=%d\n", int64(worst/time.Microsecond))
}
