// Scenario: WaitGroup reused before Wait returned (explore tests)
// Topic: waitgroup
// Lesson: the worker calls Add again right after the Done that released
//   main's Wait; if main's Wait returns only after that Add, Go panics
//   "sync: WaitGroup is reused before previous Wait has returned".
// Correct: ^ok$
// Config: gomaxprocs=1 cpus=4 quota=none go=1.22
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		wg.Done()
		wg.Add(1)
		wg.Done()
	}()
	wg.Wait()
	fmt.Println("ok")
}
