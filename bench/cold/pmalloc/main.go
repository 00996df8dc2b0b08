// pmalloc: the first heap allocation on a P other than main's, in ns
// (MachineProfile's coldPMallocCost; sim/runtime/cold.cpp). Run at
// GOMAXPROCS=2: main.main's first go statement wakes the idle P1, the second
// kicks the first goroutine from runnext to the local run queue, where P1
// steals it while main spins (as bench/cold/wake); that goroutine times its
// first allocation (100 bytes, escaping) on P1, whose mcache has served none.
// Prints the ns, or -1 when P1 did not take the goroutine (main's P ran it).
package main

import (
	"fmt"
	"sync/atomic"
	"time"
)

var sink []byte

func main() {
	sink = make([]byte, 100) // main's P: warm for this size class
	var d int64
	var done, onP1 int32
	spinning := int32(1)
	go func() {
		// main spins while this runs, so it is on the other P
		atomic.StoreInt32(&onP1, atomic.LoadInt32(&spinning))
		t := time.Now()
		sink = make([]byte, 100)
		atomic.StoreInt64(&d, int64(time.Since(t)))
		atomic.StoreInt32(&done, 1)
	}()
	go func() {}()
	t0 := time.Now()
	for atomic.LoadInt32(&done) == 0 && time.Since(t0) < 5*time.Millisecond {
	}
	atomic.StoreInt32(&spinning, 0)
	for atomic.LoadInt32(&done) == 0 {
		time.Sleep(time.Microsecond)
	}
	if atomic.LoadInt32(&onP1) == 0 {
		fmt.Println(-1)
		return
	}
	fmt.Println(atomic.LoadInt64(&d))
}
