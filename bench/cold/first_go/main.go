// first_go: main.main's first go statement in a fresh process, in ns
// (MachineProfile's goCreateFirstCost): newproc1 has no dead G to reuse and
// allocates one (malg) with its stack. Run at GOMAXPROCS=1.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	t0 := time.Now()
	go func() { wg.Done() }()
	first := time.Since(t0)
	wg.Wait()
	fmt.Println(first.Nanoseconds())
}
