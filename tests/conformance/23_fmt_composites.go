// Checks: Println/%v formatting of slices, arrays, maps (keys sorted by fmt), structs,
// pointers to structs (&{...}), nested values, nil slices and maps, bools, errors.
package main

import (
	"errors"
	"fmt"
)

type P struct {
	Name string
	Age  int
	Tags []string
}

type W struct {
	In  P
	Ptr *P
	M   map[string]int
}

func main() {
	fmt.Println([]int{1, 2, 3}, [2]bool{true, false}, []string{"a", "b c"})
	fmt.Println(map[string]int{"b": 2, "a": 1, "c": 3}, map[int]bool{3: true, 1: false})
	p := P{"ann", 30, []string{"x"}}
	fmt.Println(p, &p)
	w := W{In: p, Ptr: nil, M: map[string]int{"k": 1}}
	fmt.Println(w)
	var ns []int
	var nm map[string]int
	fmt.Println(ns, nm, len(nm))
	fmt.Println([][]int{{1}, {2, 3}}, []P{{"b", 1, nil}})
	fmt.Println(errors.New("e1"), []error{errors.New("e2"), nil})
	fmt.Printf("%v %v\n", p, &p)
	fmt.Println([0]int{}, map[string][]int{"z": {1}})
	var np *P
	fmt.Println(np)
}
