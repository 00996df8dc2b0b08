// Checks: reading a nil map gives zero values; writing to it panics (exit 2).
package main

import "fmt"

func main() {
	var m map[string]int
	fmt.Println(m["x"], len(m))
	m["x"] = 1
	fmt.Println("not reached")
}
