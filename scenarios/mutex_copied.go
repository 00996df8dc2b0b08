// Scenario: A Mutex copied with its struct
// Topic: mutex
// Lesson: Counter.Inc has a value receiver, so every call works on a copy of the struct,
//   including a copy of the Mutex: each goroutine locks its own private mutex and the
//   increments go to copies that are thrown away. The shared counter stays at 0 at every
//   GOMAXPROCS. `go vet` catches this with the copylocks analyzer ("Inc passes lock by
//   value: command-line-arguments.Counter contains sync.Mutex"). Fix: a pointer receiver
//   (func (c *Counter) Inc()), and never copy a struct that holds a Mutex after first use.
// Correct: ^n=2000$
// Config: gomaxprocs=1,2 cpus=4 quota=none go=1.22

package main

import (
	"fmt"
	"sync"
)

type Counter struct {
	mu sync.Mutex
	n  int
}

func (c Counter) Inc() { // BUG: value receiver copies the Mutex and n
	c.mu.Lock()
	c.n++
	c.mu.Unlock()
}

func main() {
	var c Counter
	var wg sync.WaitGroup
	wg.Add(2)
	for g := 0; g < 2; g++ {
		go func() {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				c.Inc()
			}
		}()
	}
	wg.Wait()
	c.mu.Lock()
	fmt.Printf("n=%d\n", c.n)
	c.mu.Unlock()
}
