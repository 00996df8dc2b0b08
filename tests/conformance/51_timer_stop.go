// Checks: time.NewTimer Stop before and after firing, time.After receive, Sleep, time.Since monotonic.
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	t := time.NewTimer(time.Hour)
	fmt.Println(t.Stop(), t.Stop())
	t2 := time.NewTimer(time.Millisecond)
	<-t2.C
	fmt.Println(t2.Stop())
	<-time.After(2 * time.Millisecond)
	time.Sleep(time.Millisecond)
	el := time.Since(start)
	fmt.Println(el >= 4*time.Millisecond, el < time.Minute)
	select {
	case <-time.After(time.Hour):
		fmt.Println("hour")
	case <-time.After(time.Millisecond):
		fmt.Println("millisecond")
	}
}
