package main

import "fmt"

type op func(int, int) int

func apply(f op, a, b int) int { return f(a, b) }

func main() {
	add := func(a, b int) int { return a + b }
	var g func(int, int) int = add
	fmt.Println(apply(add, 1, 2), g(3, 4))
}
