// Checks: shifts per width: overflowing left shifts, arithmetic right shift of negatives,
// logical right shift of unsigned, shift counts >= the width (variable counts).
package main

import "fmt"

func main() {
	var k30, k31, k32, k40 uint32 = 30, 31, 32, 40
	var a int32 = 1
	fmt.Println(a<<k31, a<<k32, a<<k30)
	var b int32 = -8
	fmt.Println(b>>1, b>>3, b>>k40)
	var c uint32 = 0x80000000
	fmt.Println(c>>k31, c<<1, c>>k32)
	var k62, k63, k64 uint64 = 62, 63, 64
	var d int64 = 1
	fmt.Println(d<<k62, d<<k63, d<<k64)
	var e uint64 = 1
	fmt.Println(e<<k63, e<<k64)
	n := 5
	x := 3
	fmt.Println(x<<n, x>>1, -x>>1)
	var f int64 = -1
	fmt.Println(f>>k63, f<<k63)
}
