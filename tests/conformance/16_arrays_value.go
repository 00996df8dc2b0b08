// Checks: arrays are values (copied on assignment and when passed), comparable with ==, len.
package main

import "fmt"

func zero(a [3]int) { a[0] = 0 }

func zeroP(a *[3]int) { a[0] = 0 }

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[1] = 20
	fmt.Println(a, b, a == b)
	zero(a)
	fmt.Println(a)
	zeroP(&a)
	fmt.Println(a, len(a))
	c := [...]string{"x", "y"}
	fmt.Println(c, len(c))
	var grid [2][3]int
	grid[1][2] = 5
	fmt.Println(grid)
	s := a[:]
	s[2] = 99
	fmt.Println(a, a == [3]int{0, 2, 99})
	sum := 0
	for _, v := range [4]int{1, 2, 3, 4} {
		sum += v
	}
	fmt.Println(sum)
}
