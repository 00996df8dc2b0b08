// Checks: concatenation, comparison, len in bytes, indexing bytes (printed as numbers), slicing.
package main

import "fmt"

func main() {
	s := "hello"
	t := s + ", " + "world"
	fmt.Println(t, len(t))
	fmt.Println(s[0], s[4], t[7:], t[:5], t[3:8])
	fmt.Println("abc" < "abd", "abc" < "ab", "Z" < "a", "" < "a", s == "hel"+"lo")
	u := s
	u += "!"
	fmt.Println(s, u)
	fmt.Println(len("héllo"), len(""))
	acc := ""
	for i := 0; i < 5; i++ {
		acc += fmt.Sprint(i)
	}
	fmt.Println(acc)
	fmt.Printf("%d %v\n", "é"[0], "é"[1])
}
