// pages: the first write to each of the 256 pages of a new 1 MB slice (fresh
// memory from the OS), timed one by one. Prints 256 durations in ns.
// bench/cold/measure.sh.
package main

import (
	"fmt"
	"time"
)

func main() {
	b := make([]byte, 1<<20)
	var d [256]int64
	for i := 0; i < 256; i++ {
		t := time.Now()
		b[i*4096] = 1
		d[i] = time.Since(t).Nanoseconds()
	}
	for _, x := range d {
		fmt.Print(x, " ")
	}
	fmt.Println()
}
