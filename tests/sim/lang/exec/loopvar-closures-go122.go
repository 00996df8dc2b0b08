// go: 1.22
// Expected output written by hand from the Go 1.22 spec (per-iteration loop variables).
package main

import "fmt"

func main() {
	var fs []func()
	for i := 0; i < 3; i++ {
		fs = append(fs, func() { fmt.Print(i, " ") })
	}
	for _, v := range []string{"a", "b"} {
		fs = append(fs, func() { fmt.Print(v, " ") })
	}
	for _, f := range fs {
		f()
	}
	fmt.Println()
}
