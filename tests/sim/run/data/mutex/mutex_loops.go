// Two goroutines run closed-form loops of Lock/Unlock steps on one Mutex
// (two pairs per iteration in the first, an index sum in the second) while
// main takes the same Mutex five times between sleeps: the Mutex is busy or
// waited on at some back edges (no run-ahead there) and idle at others.
// What main sees depends on where the loops are when it gets the Mutex.
// counter = 60000 + 2*40000 = 140000; total = 0+1+...+39999 = 799980000.
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
	total := 0
	wg.Add(2)
	go func() {
		defer wg.Done()
		for i := 0; i < 60000; i++ {
			mu.Lock()
			counter++
			mu.Unlock()
			mu.Lock()
			mu.Unlock()
		}
	}()
	go func() {
		defer wg.Done()
		for i := 0; i < 40000; i++ {
			mu.Lock()
			total += i
			counter += 2
			mu.Unlock()
		}
	}()
	seen := 0
	for k := 0; k < 5; k++ {
		time.Sleep(50 * time.Microsecond)
		mu.Lock()
		seen += counter
		mu.Unlock()
	}
	wg.Wait()
	fmt.Printf("counter=%d total=%d seen=%d\n", counter, total, seen)
}
