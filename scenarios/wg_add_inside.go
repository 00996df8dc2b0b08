// Scenario: WaitGroup.Add inside the goroutine
// Topic: waitgroup
// Lesson: Each goroutine calls wg.Add(1) itself, so main can reach wg.Wait() while the
//   counter is still 0 and Wait returns at once. `go` puts the new goroutine in the
//   runnext slot of the creating P and the creator keeps running, so on one P the bug
//   shows (nearly) every time (ran=0); extra Ps only occasionally let an Add win the
//   race. There is no panic and no hang: every goroutine does Add(1) then Done(), so the
//   counter never goes negative. The race detector stays silent because the goroutines
//   never ran (and a -race build, which uses runnext only half of the time, may even let
//   them run first and hide the bug). staticcheck SA2000 and the Go 1.25 `go vet`
//   waitgroup analyzer flag it statically (go vet 1.19 reports nothing). Fix: call
//   wg.Add(3) (or Add(1) per goroutine) in main before the `go` statements, or use wg.Go
//   in Go 1.25+.
// Correct: ^ran=3$
// Config: gomaxprocs=1,2,4 cpus=4 quota=none go=1.22

package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var wg sync.WaitGroup
	var ran int32
	for i := 0; i < 3; i++ {
		go func() {
			wg.Add(1)
			defer wg.Done()
			atomic.AddInt32(&ran, 1)
		}()
	}
	wg.Wait()
	fmt.Printf("ran=%d\n", atomic.LoadInt32(&ran))
}
