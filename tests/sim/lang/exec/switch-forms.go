package main

import "fmt"

func kind(n int) string {
	switch {
	case n < 0:
		return "neg"
	case n == 0:
		return "zero"
	}
	switch n {
	case 1, 2, 3:
		return "small"
	case 4, 5:
		return "five-ish"
	default:
		return "big"
	}
}

func main() {
	fmt.Println(kind(-1), kind(0), kind(2), kind(4), kind(5), kind(9))
	switch x := "b"; x {
	case "a":
		fmt.Println("a")
	case "b":
		fmt.Println("b")
		break
		fmt.Println("not reached")
	}
}
