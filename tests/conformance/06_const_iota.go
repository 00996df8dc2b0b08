// Checks: constants, iota with skipped values and expressions, typed constants, untyped big constants.
package main

import "fmt"

const (
	A = iota
	B
	_
	D
)

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

type Color int

const (
	Red Color = iota + 1
	Green
	Blue
)

const Big = 1 << 100
const Small = Big >> 98

const (
	x, y = iota, iota * 10
	z, w
)

func main() {
	fmt.Println(A, B, D)
	fmt.Println(KB, MB, GB)
	fmt.Println(Red, Green, Blue)
	fmt.Println(Small)
	fmt.Println(x, y, z, w)
	const s = "const" + "ant"
	fmt.Println(s, len(s))
}
