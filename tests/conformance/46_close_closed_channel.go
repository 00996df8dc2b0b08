// Checks: closing a channel twice panics "close of closed channel" (exit 2).
package main

import "fmt"

func main() {
	ch := make(chan int)
	close(ch)
	fmt.Println("closed once")
	close(ch)
}
