// Scenario: Small racy counter (explore tests)
// Topic: races
// Lesson: racy_counter.go with two increments per goroutine, small enough for
//   the exhaustive explorer to finish. On one P a free run never loses an update;
//   one preemption between a goroutine's load and store does.
// Correct: ^counter=4$
// Config: gomaxprocs=1 cpus=4 quota=none go=1.22
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
			for i := 0; i < 2; i++ {
				counter++
			}
		}()
	}
	wg.Wait()
	fmt.Printf("counter=%d\n", counter)
}
