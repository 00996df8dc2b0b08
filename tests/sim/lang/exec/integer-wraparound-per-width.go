package main

import "fmt"

func main() {
	var a int32 = 2147483647
	a++
	var b uint32 = 0
	b--
	var c int64 = 9223372036854775807
	c++
	var d uint64 = 0
	d--
	var e uint8 = 250
	e += 10
	var f int = -9223372036854775808
	f--
	fmt.Println(a, b, c, d, e, f)
	var g int32 = 1 << 30
	g *= 4
	h := int64(1)<<33 + 5
	var u uint32 = 1<<32 - 1
	m, k := -7, 2
	fmt.Println(g, int32(h), u+2, m/k, m%k, 7>>1, m>>1, uint8(300+h))
}
