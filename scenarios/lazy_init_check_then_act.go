// Scenario: Check-then-act lazy initialization
// Topic: races
// Lesson: Four goroutines call get(), which checks an atomic.Bool and, if it is false,
//   runs the expensive init and then sets the flag. Each step is atomic, but the pair
//   "check, then act" is not: two goroutines can both see false and both run init.
//   On one P the goroutines run one after another (no blocking call inside), so
//   inits=1; with two or more Ps several goroutines can pass the check together. This is
//   a logic race built from atomics: `go run -race` does NOT report it at any
//   GOMAXPROCS, and go vet is silent. Fix: sync.Once (once.Do(init)), or a mutex around
//   the whole check-and-init.
// Correct: ^inits=1$
// Config: gomaxprocs=1,2,4 cpus=4 quota=none go=1.22

package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

var (
	ready atomic.Bool
	inits atomic.Int32
	table []int
	mu    sync.Mutex
)

func initTable() {
	inits.Add(1)
	t := make([]int, 0, 2000)
	for i := 0; i < 2000; i++ {
		t = append(t, i*i)
	}
	mu.Lock()
	table = t
	mu.Unlock()
}

func get() {
	if !ready.Load() { // check
		initTable() // act
		ready.Store(true)
	}
}

func main() {
	var wg sync.WaitGroup
	wg.Add(4)
	for i := 0; i < 4; i++ {
		go func() {
			defer wg.Done()
			get()
		}()
	}
	wg.Wait()
	fmt.Printf("inits=%d\n", inits.Load())
}
