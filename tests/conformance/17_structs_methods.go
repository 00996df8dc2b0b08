// Checks: struct literals, embedded-free methods with value and pointer receivers,
// automatic address-taking for pointer methods, copies of structs.
package main

import "fmt"

type Point struct {
	X, Y int
}

func (p Point) Sum() int { return p.X + p.Y }

func (p Point) MovedBy(d int) Point {
	p.X += d
	p.Y += d
	return p
}

func (p *Point) Scale(k int) {
	p.X *= k
	p.Y *= k
}

type Rect struct {
	Min, Max Point
	Name     string
}

func (r *Rect) Area() int {
	return (r.Max.X - r.Min.X) * (r.Max.Y - r.Min.Y)
}

func main() {
	p := Point{1, 2}
	q := p.MovedBy(10)
	fmt.Println(p, q, p.Sum(), q.Sum())
	p.Scale(3)
	fmt.Println(p)
	pp := &p
	pp.Scale(2)
	fmt.Println(p.X, pp.Y, pp.Sum())
	r := Rect{Min: Point{0, 0}, Max: Point{4, 5}, Name: "r"}
	fmt.Println(r.Area(), r.Name)
	r2 := r
	r2.Max.X = 10
	fmt.Println(r.Max.X, r2.Max.X, r2.Area())
	var z Point
	fmt.Println(z, z.Sum())
	fmt.Printf("%v %v\n", r, &r)
}
