// Checks: method values bind their receiver when evaluated: a pointer receiver sees later changes, a value receiver is a copy; method values passed, stored, deferred and run as goroutines.
package main

import (
	"fmt"
	"sync"
)

type Counter struct {
	n    int
	name string
}

func (c *Counter) Inc()         { c.n++ }
func (c Counter) Get() int      { return c.n }
func (c Counter) Add(k int) int { return c.n + k }
func (c *Counter) Label(prefix string) (string, int) {
	return prefix + c.name, c.n
}

func apply(f func(), times int) {
	for i := 0; i < times; i++ {
		f()
	}
}

func main() {
	c := &Counter{name: "a"}
	inc := c.Inc
	inc()
	inc()
	get := c.Get // copies *c now: n == 2
	c.Inc()
	fmt.Println(c.n, get(), c.Get())

	add := c.Add
	fmt.Println(add(10), add(20))

	var v Counter
	vinc := v.Inc // &v is bound
	apply(vinc, 5)
	fmt.Println(v.n)

	label := c.Label
	s, n := label("x-")
	fmt.Println(s, n)

	fs := []func(){c.Inc, v.Inc, c.Inc}
	for _, f := range fs {
		f()
	}
	fmt.Println(c.n, v.n)

	func() {
		d := c.Inc
		defer d()
		fmt.Println("before defer", c.n)
	}()
	fmt.Println("after defer", c.n)

	var wg sync.WaitGroup
	var mu sync.Mutex
	total := &Counter{name: "t"}
	safeInc := func() {
		mu.Lock()
		total.Inc()
		mu.Unlock()
		wg.Done()
	}
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go safeInc()
	}
	wg.Wait()
	fmt.Println("total", total.n)

	var wg2 sync.WaitGroup
	counters := []*Counter{&Counter{name: "p"}, &Counter{name: "q"}}
	for _, k := range counters {
		wg2.Add(1)
		step := k.Inc
		go func() {
			step()
			step()
			wg2.Done()
		}()
	}
	wg2.Wait()
	fmt.Println(counters[0].n, counters[1].n)

	var nilf func()
	fmt.Println(nilf == nil, inc != nil)
}
