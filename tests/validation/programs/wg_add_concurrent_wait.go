// Scenario: Validation: WaitGroup.Add from 0 concurrent with a blocking Wait (racy twin)
// Topic: race
// Lesson: Validation program for the race detector's WaitGroup hooks (go1.19 sync/waitgroup.go). The goroutine's Add(1) takes the counter from 0 (under -race: a read of &wg.sema); main's Wait then finds the counter at 1 and blocks as the first waiter (a write of &wg.sema). Nothing orders the Add before the Wait, so `go run -race` reports a DATA RACE between them. Compare with wg_add_ordered_wait.go.
// Config: gomaxprocs=1,2 cpus=2 quota=none go=1.19
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	go func() {
		wg.Add(1)
		time.Sleep(100 * time.Millisecond)
		wg.Done()
	}()
	time.Sleep(1 * time.Millisecond)
	wg.Wait()
	fmt.Println("done")
}
