// Checks: int32 arithmetic wraps around at 32 bits (++, +, *, unary minus of MinInt32).
package main

import "fmt"

func main() {
	var x int32 = 2147483647
	x++
	fmt.Println(x)
	var y int32 = -2147483648
	y--
	fmt.Println(y)
	var a int32 = 100000
	fmt.Println(a * a)
	var m int32 = -2147483648
	fmt.Println(-m, m/-1)
	var s int32 = 2000000000
	s += s
	fmt.Println(s)
}
