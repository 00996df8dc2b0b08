// Checks: %#v prints Go syntax: typed composites with field names, quoted strings, hex unsigned integers, nil slices/maps/pointers with their types, &T{...} at top level, errors.New values; String methods are not called.
package main

import (
	"errors"
	"fmt"
)

type Point struct {
	X, Y int
	name string
}

type Temp struct{ deg int }

func (t Temp) String() string { return fmt.Sprintf("%d degrees", t.deg) }

type Box struct {
	P     Point
	Tags  []string
	Any   any
	Err   error
	Ptr   *Point
	Count map[string]int
}

func main() {
	fmt.Printf("%#v %#v %#v %#v\n", 42, -7, "hi \"there\"", true)
	fmt.Printf("%#v %#v %#v\n", uint32(255), uint64(16), int64(-1))
	fmt.Printf("%#v\n", []int{1, 2, 3})
	fmt.Printf("%#v\n", [2]string{"a", "b"})
	var ns []int
	var nm map[string]bool
	var np *Point
	fmt.Printf("%#v %#v %#v\n", ns, nm, np)
	fmt.Printf("%#v\n", map[string]int{"b": 2, "a": 1})
	fmt.Printf("%#v\n", Point{1, 2, "p"})
	fmt.Printf("%#v\n", &Point{X: 3})
	fmt.Printf("%#v\n", Temp{21})
	fmt.Printf("%v %#v\n", Temp{5}, []Temp{{1}, {2}})
	fmt.Printf("%#v\n", []any{1, "a", nil, true})
	fmt.Printf("%#v\n", errors.New("boom"))
	b := Box{P: Point{Y: 9}, Tags: []string{"x"}, Any: 7}
	fmt.Printf("%#v\n", b)
	var e error
	var a any
	fmt.Printf("%#v %#v\n", e, a)
	fmt.Printf("[%#v] [%#v]\n", []bool{}, map[int]string{})
	fmt.Printf("%#v\n", [][]int{{1}, nil, {}})
}
