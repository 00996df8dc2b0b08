// Checks: package-level var initialization order by dependency, grouped var blocks, shadowing.
// (Plain variables are printed apart from calls: their evaluation order relative to calls is unspecified.)
package main

import "fmt"

var (
	a = b + 1
	b = c * 2
	c = 5
)

var greeting = hello("world")

func hello(s string) string { return "hello " + s }

var counter int

func bump() int {
	counter++
	return counter
}

func main() {
	fmt.Println(a, b, c, greeting)
	x := 1
	{
		x := 2
		x++
		_ = x
	}
	if x := 10; x > 5 {
		fmt.Println("inner", x)
	}
	fmt.Println("outer", x)
	fmt.Println(bump(), bump())
	fmt.Println(counter)
}
