// Scenario: Blocked, but no deadlock report while a timer is pending
// Topic: termination
// Lesson: main blocks on a channel and the only other goroutine is asleep in time.Sleep
//   for 20 ms: for those 20 ms every goroutine is waiting, yet nothing is reported,
//   because checkdead stays silent while any timer is pending (a sleeping goroutine,
//   a Ticker, time.After, a context deadline). When the timer fires the sleeper sends
//   and the program ends normally with "got 42". Had the sleeper slept for an hour the
//   process would simply hang with no report (and `go test` always has its -timeout
//   timer pending, so a blocked test ends with "panic: test timed out" instead of the
//   deadlock message). See pending_timer_delays_deadlock.go for what happens when the
//   timer fires and nobody sends.
// Correct: ^got 42$
// Config: gomaxprocs=1,2 cpus=4 quota=none go=1.22

package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int)
	go func() {
		time.Sleep(20 * time.Millisecond)
		ch <- 42
	}()
	fmt.Println("got", <-ch)
}
