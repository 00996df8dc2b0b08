package main

import "fmt"

func main() {
	x := 2
	switch x {
	case 1, 2:
		fmt.Println("small")
	case 3:
	default:
		fmt.Println("big")
	}
	switch {
	case x > 1:
		fmt.Println(">1")
	}
	switch y := x * 2; y {
	case 4:
		break
	}
}
