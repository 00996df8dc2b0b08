// Scenario: 256 Ps (GUI benchmark input)
// Topic: bench
// Lesson: main starts 2,048 goroutines that each compute a little and add to an
//   atomic counter, under GOMAXPROCS=256: the Ps wake one another, steal halves of
//   the local queues and all 256 lanes of the scheduler view are busy.
//   bench/bench_gui.cpp animates it to measure the scheduler view; it is not a lesson.
// Correct: ^n=2048$
// Config: gomaxprocs=256 cpus=256 quota=none go=1.22

package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func work(k int) int {
	s := 0
	for i := 0; i < 200; i++ {
		s += i * k
	}
	return s
}

func main() {
	var n atomic.Int64
	var wg sync.WaitGroup
	for g := 0; g < 2048; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			work(g)
			n.Add(1)
		}()
	}
	wg.Wait()
	fmt.Printf("n=%d\n", n.Load())
}
