// Checks: buffered channels are FIFO; len and cap of a channel.
package main

import "fmt"

func main() {
	ch := make(chan string, 4)
	fmt.Println(len(ch), cap(ch))
	for _, s := range []string{"a", "b", "c"} {
		ch <- s
	}
	fmt.Println(len(ch), cap(ch))
	fmt.Println(<-ch, <-ch)
	ch <- "d"
	ch <- "e"
	for len(ch) > 0 {
		fmt.Print(<-ch, " ")
	}
	fmt.Println()
	var in chan<- int
	nums := make(chan int, 3)
	in = nums
	in <- 7
	var outc <-chan int = nums
	fmt.Println(<-outc)
}
