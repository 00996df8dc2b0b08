package main

import "fmt"

type Pt struct{ X, Y int }

func move(p Pt) Pt { p.X += 10; return p }
func movep(p *Pt)  { p.Y += 10 }

func main() {
	a := Pt{1, 2}
	b := a
	b.X = 5
	c := move(a)
	movep(&a)
	fmt.Println(a, b, c, a == Pt{1, 12}, a != b)
	arr := [3]int{1, 2, 3}
	arr2 := arr
	arr2[0] = 9
	fmt.Println(arr, arr2, arr == arr2)
	ps := []Pt{{1, 1}, {2, 2}}
	for _, p := range ps {
		p.X = 100
	}
	for i := range ps {
		ps[i].Y = 7
	}
	fmt.Println(ps)
	var pp *Pt = &ps[0]
	pp.X = 42
	fmt.Println(ps[0], *pp)
}
