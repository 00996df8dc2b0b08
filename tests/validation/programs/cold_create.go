// cold_create: what `go` statements cost in a fresh process. main.main's
// first go statement, and the next 39, each allocate a new G and stack
// (newproc1 -> malg: there is no dead G to reuse yet). Measured on the real
// runtime this is far slower and more spread than a steady-state benchmark
// says (the simulator's goCreateFirstCost / goCreateNewCost were taken from
// this program's timings; see docs/machine-profiles.md). Outcome: the first
// go statement's time and the next 39's total, in coarse buckets.
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
	var wg sync.WaitGroup
	wg.Add(40)
	t0 := time.Now()
	go func() { wg.Done() }()
	first := time.Since(t0)
	t1 := time.Now()
	for i := 1; i < 40; i++ {
		go func() { wg.Done() }()
	}
	rest := time.Since(t1)
	wg.Wait()
	fmt.Println("first" + bucket(first, 40*time.Microsecond, 100*time.Microsecond) + " rest" + bucket(rest, 300*time.Microsecond, 1000*time.Microsecond))
}
