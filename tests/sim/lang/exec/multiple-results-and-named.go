package main

import (
	"errors"
	"fmt"
)

func divmod(a, b int) (int, int) { return a / b, a % b }

func parse(s string) (n int, err error) {
	if s == "" {
		err = errors.New("empty")
		return
	}
	n = len(s)
	return
}

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)
	n, err := parse("")
	fmt.Println(n, err)
	n, err = parse("abc")
	fmt.Println(n, err == nil, err)
	_, r2 := divmod(-7, 2)
	fmt.Println(r2)
}
