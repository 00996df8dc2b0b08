// Scenario: Validation: a timer racing with a channel
// Topic: channels
// Lesson: Validation program. A goroutine sleeps 1 ms then sends; main selects between that channel and time.After(1 ms). Both timers expire at about the same time; which case wins depends on timer order and wake-up latency.
// Config: gomaxprocs=1,2 cpus=2 quota=none go=1.22
package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int, 1)
	go func() {
		time.Sleep(time.Millisecond)
		ch <- 1
	}()
	select {
	case <-ch:
		fmt.Println("channel")
	case <-time.After(time.Millisecond):
		fmt.Println("timer")
	}
}
