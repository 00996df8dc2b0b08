// Checks: dereferencing a nil pointer is a runtime panic (exit 2).
package main

import "fmt"

type T struct{ V int }

func main() {
	var p *T
	fmt.Println(p == nil)
	fmt.Println(p.V)
}
