// Scenario: main returns before its goroutines
// Topic: termination
// Lesson: When main returns the program exits at once; the spec says it "does not wait
//   for other (non-main) goroutines to complete". The three workers are killed wherever
//   they are and their deferred calls never run. On one P the new goroutines sit in the
//   run queue while main keeps running, so done=0 every time; with more Ps an idle P can
//   occasionally steal a worker before main exits. The race detector reports nothing
//   for work that never ran. Fix: wait for the workers (sync.WaitGroup with Add before
//   `go`, or a channel) before returning; time.Sleep is not synchronization.
// Correct: ^done=3$
// Config: gomaxprocs=1,2,4 cpus=4 quota=none go=1.22

package main

import (
	"fmt"
	"sync/atomic"
)

func main() {
	var done atomic.Int32
	for i := 0; i < 3; i++ {
		go func() {
			sum := 0
			for j := 0; j < 1000; j++ {
				sum += j
			}
			if sum > 0 {
				done.Add(1)
			}
		}()
	}
	fmt.Printf("done=%d\n", done.Load())
}
