// panic: the first panic of a fresh process, from the panic call to the
// deferred function that sees it (gopanic's first run: its stack walk for
// defer frames, funcdata lookups, first touch of the code). The same panic
// as a WaitGroup's extra Done. Prints the first and the second panic's time
// in ns. An unrecovered panic runs the same gopanic before fatalpanic
// (sim/runtime/exec.cpp: the panic's exit path).
package main

import (
	"fmt"
	"sync"
	"time"
)

func probe() (d time.Duration) {
	var t0 time.Time
	defer func() {
		recover()
		d = time.Since(t0)
	}()
	var wg sync.WaitGroup
	t0 = time.Now()
	wg.Done()
	return
}

func main() {
	first := probe()
	second := probe()
	fmt.Println(first.Nanoseconds(), second.Nanoseconds())
}
