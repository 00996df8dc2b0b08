package main

import "fmt"

func main() {
	x := 1
	y := x << 3
	var u uint32 = 0xFF_FF
	u &^= 0x0F
	z := ^u | 0b1010 ^ 0o17
	fmt.Println(y>>1, u, z, 1<<62, -5%3, 07)
}
