// Scenario: Small counter with a Mutex (explore tests)
// Topic: mutex
// Lesson: small_counter.go fixed with a Mutex: no schedule loses an update.
// Correct: ^counter=4$
// Config: gomaxprocs=1 cpus=4 quota=none go=1.22
package main

import (
	"fmt"
	"sync"
)

func main() {
	counter := 0
	var mu sync.Mutex
	var wg sync.WaitGroup
	wg.Add(2)
	for g := 0; g < 2; g++ {
		go func() {
			defer wg.Done()
			for i := 0; i < 2; i++ {
				mu.Lock()
				counter++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Printf("counter=%d\n", counter)
}
