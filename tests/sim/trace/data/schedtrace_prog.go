// schedtrace_prog.go — the program whose GODEBUG=schedtrace output is stored
// next to it (schedtrace_go119*.txt) for tst_trace_schedtrace. It keeps a
// mix of goroutine states alive for ~30 ms: busy (running/runnable), blocked
// on channels (chan receive / chan send), sleeping, in select and on a Mutex.
//
// Regenerate (Go 1.19, 2 CPUs):
//   go build -o /tmp/stp schedtrace_prog.go
//   GODEBUG=schedtrace=10 /tmp/stp 2> schedtrace_go119.txt
//   GODEBUG=schedtrace=10,scheddetail=1 /tmp/stp 2> schedtrace_go119_detail.txt
package main

import (
	"sync"
	"time"
)

var sink int

func busy(d time.Duration) {
	end := time.Now().Add(d)
	for time.Now().Before(end) {
		sink++
	}
}

func main() {
	ch := make(chan int)
	full := make(chan int)
	var mu sync.Mutex
	mu.Lock()
	for i := 0; i < 3; i++ {
		go func() { <-ch }()         // chan receive
	}
	go func() { full <- 1 }()        // chan send
	go func() { time.Sleep(time.Hour) }() // sleep
	go func() {
		select {
		case <-ch:
		case <-full:
		}
	}()
	go func() { mu.Lock() }() // semacquire
	for i := 0; i < 4; i++ {
		go busy(25 * time.Millisecond) // running / runnable
	}
	busy(30 * time.Millisecond)
}
