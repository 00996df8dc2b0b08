// paths: the first and the second run of one operation (os.Args[1]: chan,
// send, select, close, gosched, println, join, wgpark, timer) as the first
// thing main does. Prints first, second, and for wgpark the go statement to
// the goroutine's start (first, second), in ns. bench/cold/measure.sh.
package main

import (
	"fmt"
	"os"
	"runtime"
	"strings"
	"sync"
	"time"
)

var sink string

func main() {
	op := os.Args[1]
	ch := make(chan int, 4)
	ch2 := make(chan int, 4)
	var wg sync.WaitGroup
	var start time.Duration
	t0 := time.Now()
	_ = time.Since(t0)
	run := func() {
		switch op {
		case "chan":
			ch <- 1
			<-ch
		case "send":
			ch <- 1
		case "select":
			ch2 <- 1
			select {
			case v := <-ch:
				_ = v
			case v := <-ch2:
				_ = v
			}
		case "close":
			close(ch)
		case "gosched":
			runtime.Gosched()
		case "println":
			fmt.Fprintln(os.Stderr, "x")
		case "join":
			sink = strings.Join([]string{"a", "b"}, " ")
		case "wgpark":
			wg.Add(1)
			t1 := time.Now()
			go func() { start = time.Since(t1); wg.Done() }()
			wg.Wait()
		case "timer":
			tm := time.NewTimer(time.Hour)
			tm.Stop()
		}
	}
	t := time.Now()
	run()
	d1 := time.Since(t)
	if op == "close" {
		ch = make(chan int, 4)
	}
	s1 := start
	t = time.Now()
	run()
	d2 := time.Since(t)
	fmt.Println(d1.Nanoseconds(), d2.Nanoseconds(), s1.Nanoseconds(), start.Nanoseconds())
}
