// Checks: interface{}/any values holding ints, strings, bools, slices, structs, nil, printed with %v and Println.
package main

import "fmt"

type T struct {
	A int
	B string
}

func describe(v any) string {
	return fmt.Sprintf("<%v>", v)
}

func main() {
	vals := []any{1, "two", true, nil, []int{3}, T{4, "five"}, int32(-6), uint64(7)}
	for _, v := range vals {
		fmt.Print(describe(v), " ")
	}
	fmt.Println()
	fmt.Println(vals...)
	var x interface{} = 42
	var y any = 42
	fmt.Println(x == y, x != nil)
	var e any
	fmt.Println(e == nil, e)
	fmt.Printf("%v %d %s\n", x, x, "s")
}
