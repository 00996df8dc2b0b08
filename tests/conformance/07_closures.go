// Checks: closures capture variables by reference; each call of a generator gets its own variable.
package main

import "fmt"

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func main() {
	c1 := counter()
	c2 := counter()
	fmt.Println(c1(), c1(), c1(), c2())
	x := 10
	add := func(d int) { x += d }
	add(5)
	add(-2)
	fmt.Println(x)
	sq := func(j int) func() int {
		return func() int { return j * j }
	}
	f2, f3 := sq(2), sq(3)
	fmt.Println(f3(), f2(), f3())
	y := 1
	get := func() int { return y }
	y = 42
	fmt.Println(get())
}
