package main

import "fmt"

func main() {
	n := 0
	for i := 0; i < 3; i++ {
		n += i
	}
	for n < 10 {
		n++
	}
	for {
		break
	}
	for i, v := range []int{1, 2} {
		n += i * v
	}
	for k := range map[string]int{"a": 1} {
		_ = k
	}
	for i, r := range "héllo" {
		_, _ = i, r
	}
	for range []int{1} {
	}
	fmt.Println(n)
}
