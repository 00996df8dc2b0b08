// Scenario: Validation: WaitGroup.Add from 0 ordered before a blocking Wait (race-free twin)
// Topic: race
// Lesson: Validation program, the race-free twin of wg_add_concurrent_wait.go: the goroutine's Add(1) is followed by a channel send that main receives before its Wait, so the Add happens before the Wait that blocks and `go run -race` reports nothing.
// Config: gomaxprocs=1,2 cpus=2 quota=none go=1.19
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	added := make(chan struct{})
	go func() {
		wg.Add(1)
		added <- struct{}{}
		time.Sleep(100 * time.Millisecond)
		wg.Done()
	}()
	<-added
	wg.Wait()
	fmt.Println("done")
}
