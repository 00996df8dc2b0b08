// Checks: select with exactly one ready case picks it; default when none is ready;
// nil channels are never ready; send case in select.
package main

import "fmt"

func main() {
	a := make(chan int, 1)
	b := make(chan int, 1)
	a <- 1
	select {
	case v := <-a:
		fmt.Println("a", v)
	case v := <-b:
		fmt.Println("b", v)
	}
	select {
	case v := <-a:
		fmt.Println("a again", v)
	default:
		fmt.Println("default")
	}
	var nilc chan int
	b <- 2
	select {
	case <-nilc:
		fmt.Println("nil")
	case v, ok := <-b:
		fmt.Println("b", v, ok)
	}
	out := make(chan string, 1)
	select {
	case out <- "sent":
	default:
		fmt.Println("full")
	}
	select {
	case out <- "second":
	default:
		fmt.Println("full")
	}
	fmt.Println(<-out)
}
