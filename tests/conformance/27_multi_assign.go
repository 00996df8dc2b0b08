// Checks: swap by multiple assignment, evaluation order of index expressions, multiple returns.
package main

import "fmt"

func divmod(a, b int) (int, int) { return a / b, a % b }

func main() {
	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)
	s := []int{10, 20, 30}
	i := 0
	i, s[i] = 2, 99
	fmt.Println(i, s)
	s[0], s[2] = s[2], s[0]
	fmt.Println(s)
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	x, y, z := "x", 2, true
	x, y, z = fmt.Sprint(z), len(x), y > 1
	fmt.Println(x, y, z)
	f0, f1 := 0, 1
	for k := 0; k < 10; k++ {
		f0, f1 = f1, f0+f1
	}
	fmt.Println(f0)
	_, r2 := divmod(9, 4)
	fmt.Println(r2)
}
