// Scenario: Joint run-ahead test: two loops of different costs on one counter
// Topic: races
// Lesson: Test program (tst_run_ahead). One goroutine adds 1 per iteration, the other 3 with extra arithmetic, so their iterations take different times and the interleaving's period spans several iterations of each.
// Config: gomaxprocs=2 cpus=2 quota=none go=1.19
package main

import (
	"fmt"
	"sync"
)

func main() {
	counter := 0
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		for i := 0; i < 80000; i++ {
			counter++
		}
	}()
	go func() {
		defer wg.Done()
		x := 0
		for i := 0; i < 50000; i++ {
			x += i
			counter += 3
		}
		fmt.Println("x", x)
	}()
	wg.Wait()
	fmt.Println("counter", counter)
}
