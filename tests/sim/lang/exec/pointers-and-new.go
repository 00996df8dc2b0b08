package main

import "fmt"

type Node struct {
	v    int
	next *Node
}

func main() {
	p := new(int)
	*p = 5
	q := p
	*q += 1
	fmt.Println(*p, p == q, p != nil)
	var head *Node
	for i := 0; i < 3; i++ {
		head = &Node{v: i, next: head}
	}
	for n := head; n != nil; n = n.next {
		fmt.Print(n.v)
	}
	fmt.Println()
	x := 1
	px := &x
	*px = 9
	fmt.Println(x)
}
