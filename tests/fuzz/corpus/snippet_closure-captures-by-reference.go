package main

import "fmt"

func main() {
	x := 0
	inc := func() { x++ }
	inc()
	fmt.Println(x)
}
