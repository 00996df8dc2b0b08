package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	select {
	case ch <- 1:
	default:
	}
	select {
	case v := <-ch:
		fmt.Println(v)
	case v, ok := <-ch:
		fmt.Println(v, ok)
	default:
		fmt.Println("none")
	}
	var x int
	var ok bool
	select {
	case x, ok = <-ch:
	case <-ch:
	default:
	}
	fmt.Println(x, ok)
}
