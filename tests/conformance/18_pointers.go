// Checks: new, &, *, pointers to struct fields and slice elements, pointer equality, nil.
package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func inc(p *int) { *p++ }

func main() {
	x := 1
	p := &x
	*p = 5
	inc(p)
	fmt.Println(x, *p, p == &x)
	q := new(int)
	fmt.Println(*q, q != nil)
	var n *Node
	fmt.Println(n == nil)
	var head *Node
	for i := 3; i >= 1; i-- {
		head = &Node{Val: i, Next: head}
	}
	for c := head; c != nil; c = c.Next {
		fmt.Print(c.Val, " ")
	}
	fmt.Println()
	s := []int{1, 2, 3}
	e := &s[1]
	*e = 20
	fmt.Println(s)
	pt := &head.Next.Val
	*pt = 200
	fmt.Println(head.Next.Val)
	pp := &p
	**pp = 7
	fmt.Println(x)
}
