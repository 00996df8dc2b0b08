// Two goroutines add a shared step to a shared counter in long loops (a pair
// the joint run-ahead skips by whole periods, its period kept across events
// that leave the pair alone: JointModel) while main, on a third P, wakes from
// a sleep in the middle of them and doubles the step. The pair's relative
// state comes back as before, but its values no longer move by the same
// amount each period: the kept period must not be reused then. What is
// printed depends on where main's write lands.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	counter := 0
	step := 1
	wg.Add(2)
	for g := 0; g < 2; g++ {
		go func() {
			defer wg.Done()
			for i := 0; i < 1000000; i++ {
				counter += step
			}
		}()
	}
	time.Sleep(150 * time.Microsecond)
	step = 2
	wg.Wait()
	fmt.Println(counter)
}
