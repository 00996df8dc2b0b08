// Scenario: Joint run-ahead test: two atomic loops longer than sysmon's 10 ms preemption
// Topic: races
// Lesson: Test program (tst_run_ahead). Each loop runs ~13 ms, so sysmon preempts the goroutines while their skips are in progress; after that the pair must not be run ahead on the period it had before unless it still follows it exactly.
// Config: gomaxprocs=2 cpus=2 quota=none go=1.19
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var n atomic.Int64
	var wg sync.WaitGroup
	wg.Add(2)
	for g := 0; g < 2; g++ {
		go func(k int64) {
			defer wg.Done()
			for i := 0; i < 2000000; i++ {
				n.Add(k)
			}
		}(int64(g + 1))
	}
	wg.Wait()
	fmt.Println(n.Load())
}
