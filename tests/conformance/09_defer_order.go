// Checks: deferred calls run LIFO at return; arguments are evaluated when defer executes.
package main

import "fmt"

func f() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
	x := 1
	defer fmt.Println("x at defer:", x)
	x = 2
	defer func() { fmt.Println("x in closure:", x) }()
	x = 3
	fmt.Println("body done")
}

func main() {
	f()
	fmt.Println("after f")
}
