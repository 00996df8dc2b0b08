// Checks: buffered values are still received after close, then zero values with ok=false.
package main

import "fmt"

func main() {
	ch := make(chan int, 2)
	ch <- 5
	ch <- 6
	close(ch)
	v, ok := <-ch
	fmt.Println(v, ok)
	v, ok = <-ch
	fmt.Println(v, ok)
	v, ok = <-ch
	fmt.Println(v, ok)
	fmt.Println(<-ch, len(ch))
	s := make(chan string)
	close(s)
	str, ok := <-s
	fmt.Printf("%q %v\n", str, ok)
	select {
	case x, ok := <-s:
		fmt.Printf("select %q %v\n", x, ok)
	default:
		fmt.Println("default")
	}
}
