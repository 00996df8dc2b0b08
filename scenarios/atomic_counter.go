// Scenario: Counter with sync/atomic
// Topic: races
// Lesson: atomic.Int64.Add performs the load, add and store as one indivisible
//   operation, so no update is lost: counter=200000 at every GOMAXPROCS, and the race
//   detector reports nothing because atomic operations are synchronization, not data
//   races. Atomics fix a single counter; they do not make a sequence of operations
//   atomic (see lazy_init_check_then_act.go).
// Correct: ^counter=200000$
// Config: gomaxprocs=1,2,4 cpus=4 quota=none go=1.22

package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var counter atomic.Int64
	var wg sync.WaitGroup
	wg.Add(2)
	for g := 0; g < 2; g++ {
		go func() {
			defer wg.Done()
			for i := 0; i < 100000; i++ {
				counter.Add(1)
			}
		}()
	}
	wg.Wait()
	fmt.Printf("counter=%d\n", counter.Load())
}
