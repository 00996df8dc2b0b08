// wake: how soon a woken P starts stealing, in ns (MachineProfile's
// wakeupLatency; tests/validation/programs/wake_p1.go prints the same time in
// buckets). Run at GOMAXPROCS=2: main.main's first go statement wakes the
// idle P1 (wakep), the second one kicks the first goroutine from runnext to
// the local run queue, where P1 can steal it while main spins. Prints the
// time from the end of the first go statement to the start of the first
// goroutine, or -1 when nothing stole it within 5 ms.
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
	if s := atomic.LoadInt64(&startA); s == 0 {
		fmt.Println(-1)
	} else {
		fmt.Println(s - int64(t1))
	}
}
