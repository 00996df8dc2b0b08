package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "hello"
	b := s[0]
	sub := s[1:3]
	parts := strings.Split("a,b", ",")
	fmt.Println(len(s), b, sub, s+"!", s < "z", strings.Contains(s, "ll"), strings.Repeat("ab", 2), parts)
}
