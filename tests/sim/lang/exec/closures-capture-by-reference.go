package main

import "fmt"

func counter() (func() int, func()) {
	n := 0
	return func() int { n++; return n }, func() { n = 100 }
}

func main() {
	inc, reset := counter()
	inc()
	inc()
	reset()
	fmt.Println(inc())
	x := 1
	f := func() { x *= 3 }
	f()
	f()
	fmt.Println(x)
	g := func() func() int { return func() int { x++; return x } }()
	fmt.Println(g(), x)
}
