// create40: the first 40 go statements of main.main in a fresh process, each
// timed on its own, in ns (MachineProfile's goCreateTable.2-40 and, pooled
// from #25-#40, goCreateNewCostQuantiles; sim/engine/cold_create.h). Run at
// GOMAXPROCS=1: no goroutine runs (and exits, leaving a dead G to reuse)
// before main blocks in wg.Wait, so every one of the 40 allocates a new G
// and its stack (newproc1 -> malg). Prints 40 durations on one line.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	const n = 40
	var wg sync.WaitGroup
	var d [n]time.Duration
	wg.Add(n)
	for i := 0; i < n; i++ {
		t := time.Now()
		go func() { wg.Done() }()
		d[i] = time.Since(t)
	}
	wg.Wait()
	for _, x := range d {
		fmt.Print(x.Nanoseconds(), " ")
	}
	fmt.Println()
}
