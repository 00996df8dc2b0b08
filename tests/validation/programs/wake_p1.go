// wake_p1: how soon a woken P starts stealing. main's first go statement
// calls wakep (another P is idle); the second one kicks the first goroutine
// from runnext to the local run queue, where the woken P1 can steal it while
// main spins. Outcome: the time from the end of that first go statement to
// the start of the first goroutine, in buckets. At GOMAXPROCS=1 nothing can
// steal it: it starts when main gives up the P (the 5 ms limit).
// The simulator's wakeupLatencyQuantiles come from this program's timings
// (docs/machine-profiles.md).
package main

import (
	"fmt"
	"sync/atomic"
	"time"
)

func main() {
	t0 := time.Now()
	var startA int64
	go func() { atomic.StoreInt64(&startA, int64(time.Since(t0))) }()
	t1 := time.Since(t0)
	go func() {}()
	for atomic.LoadInt64(&startA) == 0 && time.Since(t0) < 5*time.Millisecond {
	}
	d := time.Duration(atomic.LoadInt64(&startA)) - t1
	switch {
	case atomic.LoadInt64(&startA) == 0:
		fmt.Println("not stolen in 5ms")
	case d < 10*time.Microsecond:
		fmt.Println("stolen<10us")
	case d < 50*time.Microsecond:
		fmt.Println("stolen<50us")
	case d < 200*time.Microsecond:
		fmt.Println("stolen<200us")
	default:
		fmt.Println("stolen>=200us")
	}
}
