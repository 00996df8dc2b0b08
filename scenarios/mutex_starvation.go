// Scenario: Mutex starvation mode bounds the wait
// Topic: mutex
// Lesson: A greedy goroutine re-locks the mutex immediately after each unlock. In normal
//   mode a woken waiter does not own the lock; it has to compete with the running greedy
//   goroutine, which nearly always wins. Since Go 1.9 a waiter that has waited more than
//   1 ms switches the mutex to starvation mode: Unlock then hands ownership straight to
//   the oldest waiter and newcomers queue behind it. With two or more Ps main gets the
//   lock after about 1 ms (worst_wait=<2ms or <5ms; longer when the host is loaded and
//   the threads are not really parallel). With GOMAXPROCS=1 the woken waiter
//   also needs the single P, which greedy keeps until its 10 ms time slice is preempted,
//   so the worst wait is 10-20 ms (<20ms or <50ms). A Mutex is fair only in this bounded
//   sense; it never spins on one P.
// Config: gomaxprocs=1,2,4 cpus=4 quota=none go=1.22

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
	var mu sync.Mutex
	var stop atomic.Bool
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { // greedy
		defer wg.Done()
		for !stop.Load() {
			mu.Lock()
			sum := 0
			for i := 0; i < 2000; i++ {
				sum += i
			}
			mu.Unlock()
		}
	}()
	var worst time.Duration
	for k := 0; k < 3; k++ {
		time.Sleep(200 * time.Microsecond)
		t0 := time.Now()
		mu.Lock()
		w := time.Since(t0)
		mu.Unlock()
		if w > worst {
			worst = w
		}
	}
	stop.Store(true)
	wg.Wait()
	fmt.Printf("worst_wait=%s\n", bucket(worst))
}
