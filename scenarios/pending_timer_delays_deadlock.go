// Scenario: The deadlock is reported only after the last timer fires
// Topic: termination
// Lesson: main blocks forever on a channel nobody sends to, but a second goroutine is
//   sleeping for 20 ms. While its timer is pending checkdead stays silent, so the program
//   just sits there. When the timer fires, the sleeper returns without sending; now every
//   goroutine is blocked and no timer is left, so the runtime reports "fatal error: all
//   goroutines are asleep - deadlock!" (exit status 2), 20 ms late. Replace the 20 ms by
//   an hour and you get a silent hang instead of a report. Nothing is printed to stdout.
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
		// BUG: forgot `ch <- 42`
	}()
	fmt.Println("got", <-ch)
}
