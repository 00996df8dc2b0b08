package main

import "fmt"

type Counter struct {
	n    int
	name string
}

func (c *Counter) Inc()        { c.n++ }
func (c Counter) Get() int     { return c.n }
func (c Counter) String() string { return c.name }

func main() {
	var c Counter
	c.Inc()
	p := &c
	p.Inc()
	fmt.Println(c.Get(), p.Get(), Counter{name: "x"}.String())
}
