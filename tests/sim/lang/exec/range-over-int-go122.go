// go: 1.22
// Expected output written by hand from the Go 1.22 spec (range over int).
package main

import "fmt"

func main() {
	for i := range 3 {
		fmt.Print(i)
	}
	n := 0
	for range 4 {
		n++
	}
	var k int64 = 2
	for j := range k {
		fmt.Print(" ", j)
	}
	fmt.Println("", n)
}
