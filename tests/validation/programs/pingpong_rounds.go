// Scenario: Validation: unbuffered ping-pong rounds in 2 ms
// Topic: channels
// Lesson: Validation program. Two goroutines bounce a counter over unbuffered channels until a 2 ms timer fires; the number of round trips (bucketed) checks the simulated cost of channel hand-offs and wake-ups on one P versus two.
// Config: gomaxprocs=1,2 cpus=2 quota=none go=1.22
package main

import (
	"fmt"
	"sync/atomic"
	"time"
)

func main() {
	ping := make(chan int)
	pong := make(chan int)
	var stop atomic.Bool
	go func() {
		for v := range ping {
			pong <- v + 1
		}
	}()
	rounds := 0
	timer := time.NewTimer(2 * time.Millisecond)
	go func() {
		<-timer.C
		stop.Store(true)
	}()
	for !stop.Load() {
		ping <- rounds
		rounds = <-pong
	}
	close(ping)
	switch {
	case rounds < 100:
		fmt.Println("rounds<100")
	case rounds < 1000:
		fmt.Println("rounds<1000")
	case rounds < 10000:
		fmt.Println("rounds<10000")
	default:
		fmt.Println("rounds>=10000")
	}
}
