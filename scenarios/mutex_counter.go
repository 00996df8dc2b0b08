// Scenario: Counter protected by a Mutex
// Topic: mutex
// Lesson: The same two goroutines as in racy_counter.go, but every counter++ runs
//   between mu.Lock() and mu.Unlock(). Unlock synchronizes before the next Lock, so each
//   increment sees the previous one: counter=200000 at every GOMAXPROCS, and
//   `go run -race` reports nothing. With several Ps the goroutines contend: a waiter may
//   spin briefly (never at GOMAXPROCS=1) and then sleeps on the semaphore; after 1 ms of
//   waiting the mutex switches to starvation mode and hands ownership over directly.
// Correct: ^counter=200000$
// Config: gomaxprocs=1,2,4 cpus=4 quota=none go=1.22

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
			for i := 0; i < 100000; i++ {
				mu.Lock()
				counter++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Printf("counter=%d\n", counter)
}
