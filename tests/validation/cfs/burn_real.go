// burn_real.go — the real side of tst_cfs: four goroutines burn a fixed number
// of loop iterations each; prints its own wall time and the CPU time the
// process used (getrusage), so tst_cfs can calibrate the simulator's work to
// the same CPU time. Not a scenario: it reads its iteration count from argv
// and calls syscall, which the scenario language does not have
// (burn_sim.go.in is the simulator's twin).
//
// Usage: burn_real ITERS_PER_WORKER
package main

import (
	"fmt"
	"os"
	"strconv"
	"sync"
	"syscall"
	"time"
)

func main() {
	iters, err := strconv.Atoi(os.Args[1])
	if err != nil {
		panic(err)
	}
	start := time.Now()
	var wg sync.WaitGroup
	sums := make([]int, 4)
	wg.Add(4)
	for w := 0; w < 4; w++ {
		go func(w int) {
			defer wg.Done()
			x := 0
			for i := 0; i < iters; i++ {
				x = x*31 + i
			}
			sums[w] = x
		}(w)
	}
	wg.Wait()
	wall := time.Since(start)
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	cpu := time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	fmt.Printf("wall_ns=%d cpu_ns=%d check=%d\n", wall.Nanoseconds(), cpu.Nanoseconds(), (sums[0]^sums[3])&1)
}
