package main

import "fmt"

type Counter struct {
	name string
	n    int
}

func (c Counter) Get() int      { return c.n }
func (c Counter) IncCopy()      { c.n++ }
func (c *Counter) Inc()         { c.n++ }
func (c *Counter) Add(k int) int { c.n += k; return c.n }

func main() {
	c := Counter{name: "a"}
	c.Inc()
	c.IncCopy()
	p := &c
	p.Inc()
	p.IncCopy()
	fmt.Println(c.Get(), p.Get(), p.Add(10), c.n)
	d := c
	d.Inc()
	fmt.Println(c.n, d.n, c.name)
}
