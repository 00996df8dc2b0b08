package main

import "fmt"

type T struct {
	A int
	B string
}

func main() {
	var xs []any
	xs = append(xs, 1, "s", true, nil, T{1, "x"}, []int{1}, map[string]int{"k": 1})
	for _, x := range xs {
		fmt.Print(x, ";")
	}
	fmt.Println()
	var a any = 3
	var b any = 3
	fmt.Println(a == b, a == any(4), a != nil)
}
