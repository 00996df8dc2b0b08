// Checks: range over a string yields byte offsets and runes (multi-byte UTF-8), string(rune).
package main

import "fmt"

func main() {
	for i, r := range "aé世!" {
		fmt.Println(i, r, string(r))
	}
	n := 0
	for range "héllo, 世界" {
		n++
	}
	fmt.Println(n, len("héllo, 世界"))
	rev := ""
	for _, r := range "abc世" {
		rev = string(r) + rev
	}
	fmt.Println(rev)
}
