// cold_first_run: how long the first goroutine's first run takes in a fresh
// process (runnext_order_3.go's shape, with timestamps). main starts three
// goroutines and parks in wg.Wait; with one P the last one (g2, in runnext)
// runs first. Its first run executes fmt.Sprint and a channel send for the
// first time in the process; the two after it run the same code warm.
// Outcome: main's park until g2 starts, and g2's start until its send, in
// buckets. Measured (100 fresh go1.19.8 processes, GOMAXPROCS=1, load ~3,
// 2026-11-27; tests/validation/programs/README.md): park -> g2 start
// p10/p50/p90 15.8/18.4/80.8 us, g2 start -> send 47.1/57.3/169.5 us, the
// same for g0 and g1 afterwards 0.2-0.4 us. The simulator charges warm costs
// (~0.1 us for both), which is why a woken P1 finds nothing left to steal in
// the GOMAXPROCS=2 runs of runnext_order_3, spawn_order_waitgroup and
// mutex_append_order (tests/validation/known_gaps.tsv).
package main

import (
	"fmt"
	"sync"
	"time"
)

func bucket(d time.Duration, lo, hi time.Duration) string {
	if d < lo {
		return "<" + lo.String()
	}
	if d < hi {
		return "<" + hi.String()
	}
	return ">=" + hi.String()
}

func main() {
	const n = 3
	var wg sync.WaitGroup
	order := make(chan string, n)
	var start, sent [n]time.Duration
	wg.Add(n)
	t0 := time.Now()
	for i := 0; i < n; i++ {
		go func(id int) {
			start[id] = time.Since(t0)
			defer wg.Done()
			order <- fmt.Sprint(id)
			sent[id] = time.Since(t0)
		}(i)
	}
	park := time.Since(t0)
	wg.Wait()
	fmt.Println("park-to-run" + bucket(start[n-1]-park, 5*time.Microsecond, 50*time.Microsecond) +
		" first-run" + bucket(sent[n-1]-start[n-1], 5*time.Microsecond, 50*time.Microsecond))
}
