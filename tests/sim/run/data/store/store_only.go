// A goroutine stores its index into a shared variable it never reads, while
// main, after a sleep and ~1 us of local work on another P, reads it once.
// main's read is the next event while the loop runs ahead, so it lands
// while the loop's next real store is pending: it must see what the last
// skipped store wrote. (A loop storing a varying value it never reads gets
// no closed-form plan: the value would have to follow each skipped store.)
package main

import (
	"fmt"
	"time"
)

func main() {
	x := 0
	done := make(chan bool)
	go func() {
		for i := 0; i < 3000000; i++ {
			x = i
		}
		done <- true
	}()
	time.Sleep(300 * time.Microsecond)
	s := 0
	for j := 0; j < 3000; j++ {
		s += j
	}
	seen := x
	<-done
	fmt.Println(seen, x, s)
}
