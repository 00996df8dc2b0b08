// Checks: re-slices share the backing array; append within capacity overwrites the parent's elements;
// a full slice expression forces append to copy.
package main

import "fmt"

func fill(s []int, v int) {
	for i := range s {
		s[i] = v
	}
}

func main() {
	base := []int{0, 1, 2, 3, 4, 5}
	a := base[1:3]
	a[0] = 100
	fmt.Println(base)
	a = append(a, 200)
	fmt.Println(base)
	b := base[1:3:3]
	b = append(b, 300)
	b[0] = -1
	fmt.Println(base, b)
	fill(base[4:], 7)
	fmt.Println(base)
	m := [][]int{{1, 2}, {3}}
	m[1] = append(m[1], 4)
	fmt.Println(m, len(m[1]))
}
