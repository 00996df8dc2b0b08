package main

import (
	"fmt"
	"strings"
)

func main() {
	parts := strings.Split("a,b,,c", ",")
	fmt.Println(len(parts), strings.Join(parts, "|"))
	fmt.Println(strings.Repeat("ab", 3), strings.Contains("hello", "ell"), strings.Contains("hello", "xyz"))
	s := "héllo"
	fmt.Println(len(s), s[1], s[0:1]+"!", s > "h", "abc" < "abd")
	b := []byte("hi")
	b[0] = 'H'
	fmt.Println(string(b), string(rune(65)))
}
