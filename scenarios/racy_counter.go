// Scenario: Unsynchronized counter (lost updates)
// Topic: races
// Lesson: Two goroutines do counter++ 100000 times each without synchronization.
//   counter++ is a load, an add and a store; when another goroutine's store lands
//   between them an update is lost. On one P the goroutines only switch at a 10 ms
//   preemption, and the whole loop takes well under 1 ms, so the total is right
//   (counter=200000); with two or more Ps they can run in parallel and updates get lost,
//   but only while both loops really overlap, which on a busy machine can be rare. The
//   program is wrong in every configuration: `go run -race` reports WARNING: DATA RACE
//   and exits 66 even with GOMAXPROCS=1, because the detector checks happens-before, not
//   parallelism. A lower GOMAXPROCS hides the symptom; it does not remove the race.
//   go vet does not catch it.
// Correct: ^counter=200000$
// Config: gomaxprocs=1,2,4 cpus=4 quota=none go=1.22

package main

import (
	"fmt"
	"sync"
)

func main() {
	counter := 0
	var wg sync.WaitGroup
	wg.Add(2)
	for g := 0; g < 2; g++ {
		go func() {
			defer wg.Done()
			for i := 0; i < 100000; i++ {
				counter++
			}
		}()
	}
	wg.Wait()
	fmt.Printf("counter=%d\n", counter)
}
