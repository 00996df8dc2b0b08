// Checks: indexing past the end of a slice panics with the index and length (exit 2).
package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	i := 5
	fmt.Println(s[2])
	fmt.Println(s[i])
}
