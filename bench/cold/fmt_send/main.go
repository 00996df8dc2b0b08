// fmt_send: fmt.Sprint and a buffered channel send, each run twice as main's
// first work (os.Args[1]: sprint, send or both). Prints sprint1 send1 sprint2
// send2 in ns. bench/cold/measure.sh.
package main

import (
	"fmt"
	"os"
	"time"
)

var sink string

func main() {
	op := os.Args[1]
	ch := make(chan string, 4)
	t0 := time.Now()
	_ = time.Since(t0)
	var d [4]time.Duration
	for k := 0; k < 2; k++ {
		t := time.Now()
		if op == "sprint" || op == "both" {
			sink = fmt.Sprint(k)
		}
		d[2*k] = time.Since(t)
		t = time.Now()
		if op == "send" || op == "both" {
			ch <- sink
		}
		d[2*k+1] = time.Since(t)
	}
	fmt.Println(d[0].Nanoseconds(), d[1].Nanoseconds(), d[2].Nanoseconds(), d[3].Nanoseconds())
}
