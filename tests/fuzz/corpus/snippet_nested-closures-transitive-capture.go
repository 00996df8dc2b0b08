package main

import "fmt"

func main() {
	n := 0
	f := func() func() {
		return func() { n++ }
	}
	f()()
	fmt.Println(n)
}
