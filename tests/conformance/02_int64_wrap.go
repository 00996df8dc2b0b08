// Checks: int64 and int (64-bit) arithmetic wraps around; MinInt64 / -1 == MinInt64.
package main

import "fmt"

func main() {
	var x int64 = 9223372036854775807
	x++
	fmt.Println(x)
	var m int64 = -9223372036854775808
	fmt.Println(m-1, -m, m/-1, m%-1)
	var b int64 = 3037000500
	fmt.Println(b * b)
	n := 9223372036854775807
	n += 10
	fmt.Println(n)
	f := 1
	for i := 1; i <= 25; i++ {
		f *= i
	}
	fmt.Println(f)
}
