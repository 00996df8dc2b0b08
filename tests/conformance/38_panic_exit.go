// Checks: an unrecovered panic prints "panic: <value>" on stderr, runs deferred calls, exits 2.
package main

import "fmt"

func main() {
	defer fmt.Println("deferred runs during panic")
	fmt.Println("before panic")
	panic("boom")
}
