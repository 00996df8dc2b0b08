// Scenario: Two goroutines wait on one WaitGroup (explore tests)
// Topic: waitgroup
// Lesson: both waiters block in ready.Wait (main yields first), then main's
//   ready.Done releases both; which Wait returns first is the scheduler's
//   choice, and a forced schedule can steer it.
// Correct: ^(ab|ba)$
// Config: gomaxprocs=1 cpus=4 quota=none go=1.22
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var ready sync.WaitGroup
	var done sync.WaitGroup
	ready.Add(1)
	done.Add(2)
	go func() {
		ready.Wait()
		fmt.Print("a")
		done.Done()
	}()
	go func() {
		ready.Wait()
		fmt.Print("b")
		done.Done()
	}()
	runtime.Gosched()
	ready.Done()
	done.Wait()
	fmt.Println()
}
