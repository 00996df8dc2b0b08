// Scenario: Goroutine leak when the timeout wins
// Topic: channels
// Lesson: The worker needs 20 ms and then sends its result on an unbuffered channel; main
//   gives up after 5 ms via time.After. Nobody will ever receive the result, so the
//   worker blocks on the send forever: a goroutine leak (still counted by
//   runtime.NumGoroutine, holding its stack). The deadlock detector cannot see it because
//   main is still running; it only reports when ALL goroutines are blocked. Outcome
//   "timeout goroutines=2" shows the leak; with `make(chan int, 1)` the worker's send
//   succeeds into the buffer and the worker exits ("timeout goroutines=1"). The result
//   is the same at every GOMAXPROCS. go vet and -race do not report leaks.
// Correct: ^timeout goroutines=1$
// Config: gomaxprocs=1,2 cpus=4 quota=none go=1.22

package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	result := make(chan int) // BUG: unbuffered; make(chan int, 1) fixes the leak
	go func() {
		time.Sleep(20 * time.Millisecond)
		result <- 42
	}()
	select {
	case v := <-result:
		fmt.Println("result", v)
		return
	case <-time.After(5 * time.Millisecond):
	}
	time.Sleep(40 * time.Millisecond) // long enough for the worker to try its send
	fmt.Printf("timeout goroutines=%d\n", runtime.NumGoroutine())
}
