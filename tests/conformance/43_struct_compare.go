// Checks: == and != on structs, nested structs, arrays of structs, and structs as map keys.
package main

import "fmt"

type Key struct {
	X, Y int
	Tag  string
}

type Pair struct {
	A, B Key
}

func main() {
	a := Key{1, 2, "t"}
	b := Key{1, 2, "t"}
	c := Key{1, 3, "t"}
	fmt.Println(a == b, a == c, a != c)
	fmt.Println(Pair{a, c} == Pair{b, c}, Pair{a, c} == Pair{c, a})
	fmt.Println([2]Key{a, c} == [2]Key{b, c})
	m := map[Key]int{}
	m[a]++
	m[b]++
	m[c]++
	fmt.Println(len(m), m[Key{1, 2, "t"}], m[Key{}])
	pa, pb := &a, &b
	fmt.Println(pa == pb, *pa == *pb)
	var z Key
	fmt.Println(z == Key{}, z)
}
