// main holds the Mutex through a sleep while three goroutines queue on it;
// each then runs a loop of Lock/Unlock on it. An Unlock wakes one waiter, so
// right after the first loop's first Unlocks the Mutex still has a waiter at
// the loop's back edge (no run-ahead there: each Unlock must wake the next),
// and waiters that waited over 1 ms switch it to starvation mode (hand-offs).
// The finishing order depends on all of that.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	counter := 0
	order := ""
	mu.Lock()
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func(name string) {
			defer wg.Done()
			for i := 0; i < 20000; i++ {
				mu.Lock()
				counter++
				mu.Unlock()
			}
			mu.Lock()
			order += name
			mu.Unlock()
		}(fmt.Sprint(w))
	}
	time.Sleep(1500 * time.Microsecond)
	mu.Unlock()
	wg.Wait()
	fmt.Printf("counter=%d order=%s\n", counter, order)
}
