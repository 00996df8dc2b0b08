// Checks: uint32 and uint64 wrap-around for subtraction below zero, overflow and multiplication.
package main

import "fmt"

func main() {
	var u uint32 = 0
	u--
	fmt.Println(u)
	u++
	fmt.Println(u)
	var v uint32 = 4000000000
	v += 500000000
	fmt.Println(v)
	var w uint32 = 70000
	fmt.Println(w * w)
	var z uint64 = 0
	z--
	fmt.Println(z)
	var q uint64 = 18446744073709551615
	q += 2
	fmt.Println(q)
	var h uint64 = 4294967296
	fmt.Println(h*h, h*h-1)
}
