// Checks: conversions among integer widths (truncation, sign extension), string(rune) and int <-> string of digits via fmt.
package main

import "fmt"

func main() {
	var big int64 = 4294967297
	fmt.Println(int32(big), uint32(big), int64(int32(big)))
	var neg int32 = -1
	fmt.Println(uint32(neg), uint64(neg), int64(neg))
	var u uint64 = 18446744073709551615
	fmt.Println(int64(u), int32(u), uint32(u))
	var h uint32 = 3000000000
	fmt.Println(int32(h), int64(h), int(h))
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(233)))
	r := rune(0x1F600)
	fmt.Println(len(string(r)))
	x := 300
	fmt.Println(int32(x)*int32(x)*int32(x)*int32(x), int64(x)*int64(x)*int64(x)*int64(x))
	s := fmt.Sprint(12345)
	fmt.Println(s+"6", len(s))
}
