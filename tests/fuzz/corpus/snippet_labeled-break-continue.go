package main

import "fmt"

func main() {
	n := 0
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 1 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			n++
		}
	}
	fmt.Println(n)
}
