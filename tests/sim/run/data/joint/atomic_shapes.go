// Scenario: Run-ahead test: loops over 64-bit atomics that use their results
// Topic: races
// Lesson: Test program (tst_run_ahead). Add's result (the new value) summed, Store of a loop invariant, Load summed; the int32 loop is not run in closed form (its arithmetic wraps at 32 bits).
// Config: gomaxprocs=1 cpus=2 quota=none go=1.19
package main

import (
	"fmt"
	"sync/atomic"
)

func main() {
	var n, m atomic.Int64
	var w atomic.Int32
	s := int64(0)
	for i := 0; i < 50000; i++ {
		s += n.Add(3)
	}
	k := int64(7)
	for i := 0; i < 50000; i++ {
		m.Store(k)
	}
	t := int64(0)
	for i := 0; i < 50000; i++ {
		t += n.Load()
	}
	for i := 0; i < 50000; i++ {
		w.Add(100000)
	}
	fmt.Println(n.Load(), s, m.Load(), t, w.Load())
}
