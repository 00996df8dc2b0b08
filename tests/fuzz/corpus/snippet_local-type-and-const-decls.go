package main

import "fmt"

func main() {
	type pt struct{ x int }
	const k = 3
	var v = pt{x: k}
	fmt.Println(v.x)
}
