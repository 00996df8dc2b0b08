// Scenario: Joint run-ahead test: three goroutines incrementing one counter
// Topic: races
// Lesson: Test program (tst_run_ahead). With three or more Ps, three loops overlap; only pairs are run ahead, so the third goroutine's steps bound every skip.
// Config: gomaxprocs=4 cpus=4 quota=none go=1.22
package main

import (
	"fmt"
	"sync"
)

func main() {
	counter := 0
	var wg sync.WaitGroup
	wg.Add(3)
	for g := 0; g < 3; g++ {
		go func(n int) {
			defer wg.Done()
			for i := 0; i < n; i++ {
				counter++
			}
		}(30000 + 20000*g)
	}
	wg.Wait()
	fmt.Println("counter", counter)
}
