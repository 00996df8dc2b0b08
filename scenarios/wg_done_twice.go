// Scenario: WaitGroup.Done called twice
// Topic: waitgroup
// Lesson: One worker calls Done both in a defer and explicitly on its success path, so
//   the counter reaches zero one Done too early and then drops below zero: Add panics
//   with "sync: negative WaitGroup counter" (exit status 2). That is the only way to get
//   this panic: more Done calls than Add. On one P the workers run in the order 2, 0, 1,
//   so worker 1 makes both of its Done calls last and the panic comes every time. With
//   two or more Ps the early zero can wake main while a worker is still running: main
//   then prints done=2 and, if it exits before the extra Done, the bug hides as a wrong
//   result instead of a panic (~10% of real runs on a 2-CPU VM); if the panic has begun,
//   main returning waits for it and the run ends with done=2 and exit status 2. Neither go vet nor
//   the race detector catches it. Fix: call Done exactly once per Add, preferably only
//   through `defer wg.Done()`.
// Correct: ^done=3$
// Config: gomaxprocs=1,2,4 cpus=4 quota=none go=1.22

package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func work(id int, wg *sync.WaitGroup, done *int32) {
	defer wg.Done()
	atomic.AddInt32(done, 1)
	if id == 1 {
		wg.Done() // BUG: the deferred Done will run as well
	}
}

func main() {
	var wg sync.WaitGroup
	var done int32
	wg.Add(3)
	for i := 0; i < 3; i++ {
		go work(i, &wg, &done)
	}
	wg.Wait()
	fmt.Printf("done=%d\n", atomic.LoadInt32(&done))
}
