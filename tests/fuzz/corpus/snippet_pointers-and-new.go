package main

import "fmt"

type P struct{ x, y int }

func main() {
	p := new(int)
	*p = 3
	q := &P{1, 2}
	q.x = 5
	var pp **int = &p
	fmt.Println(*p, q.x, (*q).y, **pp)
}
