// Scenario: Three goroutines, about twenty shared steps (exhaustive benchmark)
// Topic: races
// Lesson: three goroutines each add to a shared total and a per-goroutine slot,
//   and main reads the total after Wait: about twenty scheduler-visible steps.
// Correct: ^total=6$
// Config: gomaxprocs=1 cpus=4 quota=none go=1.22
package main

import (
	"fmt"
	"sync"
)

func main() {
	total := 0
	var slots [3]int
	var wg sync.WaitGroup
	wg.Add(3)
	for g := 0; g < 3; g++ {
		go func(id int) {
			defer wg.Done()
			for i := 0; i < 2; i++ {
				total++
			}
			slots[id] = total
		}(g)
	}
	wg.Wait()
	fmt.Printf("total=%d\n", total)
}
