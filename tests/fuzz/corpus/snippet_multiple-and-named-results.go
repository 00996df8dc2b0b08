package main

import "fmt"

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func pair() (int, string) { return 1, "a" }

func main() {
	q, r := divmod(7, 2)
	n, s := pair()
	fmt.Println(q, r, n, s)
}
