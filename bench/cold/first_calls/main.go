// first_calls: main's first and second run of a Mutex Lock/Unlock, a
// buffered channel send+receive, fmt.Sprint, fmt.Fprintln(os.Stderr), three
// small appends, strings.Join and a 16 KB slice filled by 2,000 appends (the
// window of scenarios/lazy_init_check_then_act.go), in that order, in one
// fresh process. Prints the 12 durations in ns. bench/cold/measure.sh.
package main

import (
	"fmt"
	"os"
	"strings"
	"sync"
	"time"
)

var sink string

func main() {
	var mu sync.Mutex
	ch := make(chan int, 4)
	var d [12]time.Duration
	t := time.Now()
	_ = time.Since(t)
	t = time.Now()
	mu.Lock()
	mu.Unlock()
	d[0] = time.Since(t)
	t = time.Now()
	mu.Lock()
	mu.Unlock()
	d[1] = time.Since(t)
	t = time.Now()
	ch <- 1
	<-ch
	d[2] = time.Since(t)
	t = time.Now()
	ch <- 1
	<-ch
	d[3] = time.Since(t)
	t = time.Now()
	sink = fmt.Sprint(1)
	d[4] = time.Since(t)
	t = time.Now()
	sink = fmt.Sprint(2)
	d[5] = time.Since(t)
	t = time.Now()
	fmt.Fprintln(os.Stderr, "x")
	d[6] = time.Since(t)
	t = time.Now()
	fmt.Fprintln(os.Stderr, "y")
	d[7] = time.Since(t)
	t = time.Now()
	s := []string{}
	for i := 0; i < 3; i++ {
		s = append(s, "a")
	}
	d[8] = time.Since(t)
	t = time.Now()
	sink = strings.Join(s, " ")
	d[9] = time.Since(t)
	t = time.Now()
	b := make([]int, 0, 2000)
	for i := 0; i < 2000; i++ {
		b = append(b, i)
	}
	d[10] = time.Since(t)
	t = time.Now()
	c := make([]int, 0, 2000)
	for i := 0; i < 2000; i++ {
		c = append(c, i)
	}
	d[11] = time.Since(t)
	_ = b[1] + c[1]
	for _, x := range d {
		fmt.Print(x.Nanoseconds(), " ")
	}
	fmt.Println()
}
