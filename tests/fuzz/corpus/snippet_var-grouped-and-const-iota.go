package main

import "fmt"

var (
	a    = 1
	b, c int
)

const (
	x = iota
	y
	z
)

const big = 1 << 40

func main() {
	fmt.Println(a, b, c, x, y, z, big)
}
