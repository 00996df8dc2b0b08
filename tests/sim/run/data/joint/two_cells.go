// Scenario: Joint run-ahead test: two loops passing values through two shared cells
// Topic: races
// Lesson: Test program (tst_run_ahead). One loop reads a and writes b, the other reads b and writes a; what each reads depends on the exact interleaving of four accesses per iteration pair.
// Config: gomaxprocs=2 cpus=2 quota=none go=1.19
package main

import (
	"fmt"
	"sync"
)

func main() {
	a, b := 0, 0
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		for i := 0; i < 60000; i++ {
			b = a + 2
		}
	}()
	go func() {
		defer wg.Done()
		for i := 0; i < 60000; i++ {
			a = b - 1
		}
	}()
	wg.Wait()
	fmt.Println("a", a, "b", b)
}
