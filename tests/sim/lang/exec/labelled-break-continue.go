package main

import "fmt"

func main() {
	n := 0
outer:
	for i := 0; i < 5; i++ {
		for j := 0; j < 5; j++ {
			if j == 3 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			n += 10*i + j
		}
	}
	fmt.Println(n)
	k := 0
	for {
		k++
		if k%2 == 0 {
			continue
		}
		if k > 7 {
			break
		}
	}
	fmt.Println(k)
}
