// Checks: a panic inside a deferred call after recover; the second value is reported, exit 2.
package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered", r)
		panic(fmt.Sprintf("again: %v", r))
	}()
	fmt.Println("start")
	panic("first")
}
