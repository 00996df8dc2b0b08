// Checks: integer division by a zero variable is a runtime panic (exit 2).
package main

import "fmt"

func div(a, b int) int { return a / b }

func main() {
	fmt.Println(div(10, 3))
	zero := 0
	fmt.Println(div(1, zero))
	fmt.Println("not reached")
}
