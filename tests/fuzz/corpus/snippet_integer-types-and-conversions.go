package main

import "fmt"

func main() {
	var a int32 = 1 << 30
	var b int64 = int64(a) * 4
	var c uint32 = 4294967295
	var d uint64 = uint64(c) + 1
	var e uint8 = 255
	var r rune = 'x'
	var by byte = 'a'
	s := string(r) + string([]byte{by})
	fmt.Println(a, b, c, d, e, r, s, c+1, e+1)
}
