// Checks: method expressions T.M and (*T).M of user types (value and pointer receivers, a value method through *T) and of library types ((*sync.WaitGroup).Add/Done, time.Duration.String), called directly, stored in slices and run as goroutines.
package main

import (
	"fmt"
	"sync"
	"time"
)

type P struct{ x, y int }

func (p P) Sum() int     { return p.x + p.y }
func (p *P) Scale(k int) { p.x *= k; p.y *= k }
func (p P) Add(q P) P    { return P{p.x + q.x, p.y + q.y} }

func main() {
	sum := P.Sum
	scale := (*P).Scale
	psum := (*P).Sum
	p := P{1, 2}
	scale(&p, 3)
	fmt.Println(sum(p), psum(&p), P.Add(p, P{1, 1}))
	fs := []func(P) int{P.Sum, func(q P) int { return q.x }}
	for _, f := range fs {
		fmt.Println(f(p))
	}
	var wg sync.WaitGroup
	add := (*sync.WaitGroup).Add
	done := (*sync.WaitGroup).Done
	add(&wg, 1)
	go done(&wg)
	wg.Wait()
	ds := time.Duration.String
	fmt.Println(ds(2 * time.Second))
}
