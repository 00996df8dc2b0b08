// Scenario: Validation: lost updates, 2 goroutines x 100000 increments
// Topic: races
// Lesson: Validation program. Unsynchronized counter++ in two goroutines; prints exact when the total is 200000, else lost. Lost updates need parallel execution or a preemption between load and store.
// Correct: ^exact$
// Config: gomaxprocs=1,2 cpus=2 quota=none go=1.22
package main

import (
	"fmt"
	"sync"
)

func main() {
	const n = 100000
	counter := 0
	var wg sync.WaitGroup
	wg.Add(2)
	for g := 0; g < 2; g++ {
		go func() {
			defer wg.Done()
			for i := 0; i < n; i++ {
				counter++
			}
		}()
	}
	wg.Wait()
	if counter == 2*n {
		fmt.Println("exact")
	} else {
		fmt.Println("lost")
	}
}
