// Scenario: 256 Ps (GUI benchmark input)
// Topic: bench
// Lesson: main starts 1,024 goroutines that wait on a start channel, then
//   closes it: all of them become runnable at once on main's P (its local
//   queue fills, the rest spill to the global queue), idle Ps wake one another
//   and steal halves of the local queues, and the 256 lanes of the scheduler
//   view fill with running and queued goroutines. bench/bench_gui.cpp animates
//   it to measure the scheduler view; it is not a lesson.
// Correct: ^n=1024$
// Config: gomaxprocs=256 cpus=256 quota=none go=1.22

package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func work(k int) int {
	s := 0
	for i := 0; i < 20000; i++ {
		s += i * k
	}
	return s
}

func main() {
	var n atomic.Int64
	var wg sync.WaitGroup
	start := make(chan int)
	for g := 0; g < 1024; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			work(g)
			n.Add(1)
		}()
	}
	close(start)
	wg.Wait()
	fmt.Printf("n=%d\n", n.Load())
}
