// Scenario: Validation: WaitGroup waiters woken by the last Done
// Topic: waitgroup
// Lesson: Validation program. Two goroutines wait on the same WaitGroup that a third releases; each waiter records itself, and main records after its own Wait.
// Config: gomaxprocs=1,2 cpus=2 quota=none go=1.22
package main

import (
	"fmt"
	"strings"
	"sync"
	"time"
)

func main() {
	var gate sync.WaitGroup
	var done sync.WaitGroup
	var mu sync.Mutex
	log := []string{}
	rec := func(s string) {
		mu.Lock()
		log = append(log, s)
		mu.Unlock()
	}
	gate.Add(1)
	done.Add(2)
	for _, n := range []string{"w1", "w2"} {
		go func(s string) {
			defer done.Done()
			gate.Wait()
			rec(s)
		}(n)
	}
	time.Sleep(time.Millisecond)
	go func() {
		rec("rel")
		gate.Done()
	}()
	gate.Wait()
	rec("main")
	done.Wait()
	fmt.Println(strings.Join(log, " "))
}
