package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	d := 2 * time.Millisecond
	d += time.Duration(3) * time.Microsecond
	t := time.NewTimer(d)
	select {
	case <-t.C:
	case <-time.After(time.Second):
	}
	t.Stop()
	tick := time.Tick(time.Millisecond)
	<-tick
	el := time.Since(start)
	fmt.Println(d.Milliseconds(), el > 0, time.Hour/time.Minute, d.String())
}
