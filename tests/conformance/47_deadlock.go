// Checks: main blocked on a channel with no other goroutine and no timer: fatal deadlock, exit 2.
package main

import "fmt"

func main() {
	ch := make(chan int)
	fmt.Println("about to block")
	<-ch
}
