// Scenario: A real deadlock: all goroutines are asleep
// Topic: termination
// Lesson: wg.Add(3) but only two workers call Done, so main waits forever. When the
//   last running goroutine blocks and no timer is pending, the runtime's checkdead finds
//   every goroutine waiting and prints "fatal error: all goroutines are asleep -
//   deadlock!" (exit status 2), at every GOMAXPROCS. The detector is global: it fires
//   only when nothing at all can run, so a partial deadlock (some goroutines still
//   running, or a sleeping one) is never reported. go vet does not catch the miscount.
// Correct: ^done$
// Config: gomaxprocs=1,2 cpus=4 quota=none go=1.22

package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(3) // BUG: only two workers
	for i := 0; i < 2; i++ {
		go func() {
			defer wg.Done()
		}()
	}
	wg.Wait()
	fmt.Println("done")
}
