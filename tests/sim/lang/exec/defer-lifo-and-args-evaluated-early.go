package main

import "fmt"

func f() (r int) {
	defer func() { r *= 2 }()
	for i := 0; i < 3; i++ {
		defer fmt.Println("defer", i)
	}
	return 5
}

func main() {
	fmt.Println(f())
}
