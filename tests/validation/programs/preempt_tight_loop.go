// Scenario: Validation: asynchronous preemption of a tight loop
// Topic: scheduler
// Lesson: Validation program. A CPU-bound goroutine spins for up to 30 ms (inner loops without calls); main sleeps 1 ms and reports how late it woke. On one P main waits for the async preemption (about 10-20 ms); on two Ps it wakes on time.
// Config: gomaxprocs=1,2 cpus=2 quota=none go=1.22
package main

import (
	"fmt"
	"sync/atomic"
	"time"
)

func main() {
	var stop atomic.Bool
	go func() {
		start := time.Now()
		x := 0
		for time.Since(start) < 30*time.Millisecond && !stop.Load() {
			for i := 0; i < 1000; i++ {
				x += i
			}
		}
	}()
	t0 := time.Now()
	time.Sleep(time.Millisecond)
	late := time.Since(t0) - time.Millisecond
	stop.Store(true)
	switch {
	case late < 2*time.Millisecond:
		fmt.Println("late<2ms")
	case late < 9*time.Millisecond:
		fmt.Println("late<9ms")
	case late < 25*time.Millisecond:
		fmt.Println("late<25ms")
	default:
		fmt.Println("late>=25ms")
	}
}
