// Scenario: Spawn order on one P: the last goroutine runs first
// Topic: scheduler
// Lesson: main starts goroutines 0..9 and then blocks in wg.Wait(). Each `go` statement
//   puts the new goroutine in the P's runnext slot and kicks the previous occupant to
//   the tail of the local run queue. So with GOMAXPROCS=1 the order is
//   "9 0 1 2 3 4 5 6 7 8": the newest goroutine runs first, the rest in FIFO order (on a
//   heavily loaded host a rare wall-clock 10 ms preemption of main changes it). With
//   more Ps idle Ps steal from the queue and the order varies. It is an implementation
//   detail, not a guarantee: a -race build uses runnext only half of the time and
//   shuffles the order even on one P. Never rely on goroutine start order.
// Config: gomaxprocs=1,2,4 cpus=4 quota=none go=1.22

package main

import (
	"fmt"
	"strings"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	order := make(chan string, 10)
	wg.Add(10)
	for i := 0; i < 10; i++ {
		go func(id int) {
			defer wg.Done()
			order <- fmt.Sprint(id)
		}(i)
	}
	wg.Wait()
	close(order)
	ids := []string{}
	for s := range order {
		ids = append(ids, s)
	}
	fmt.Println(strings.Join(ids, " "))
}
