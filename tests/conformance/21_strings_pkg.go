// Checks: strings.Join, strings.Repeat, strings.Contains, strings.Split (edge cases included).
package main

import (
	"fmt"
	"strings"
)

func main() {
	parts := []string{"a", "b", "c"}
	fmt.Println(strings.Join(parts, "-"), strings.Join(nil, ","), strings.Join([]string{"x"}, ","))
	fmt.Println(strings.Repeat("ab", 3), strings.Repeat("x", 0) == "")
	fmt.Println(strings.Contains("seafood", "foo"), strings.Contains("seafood", "bar"), strings.Contains("x", ""))
	f := strings.Split("a,b,,c", ",")
	fmt.Println(len(f), f)
	fmt.Printf("%q\n", strings.Split("a b c", " "))
	fmt.Printf("%q\n", strings.Split("", ","))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Println(len(strings.Split(",", ",")))
}
