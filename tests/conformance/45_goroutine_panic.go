// Checks: an unrecovered panic in a non-main goroutine terminates the whole program (exit 2).
package main

import "fmt"

func main() {
	done := make(chan bool)
	fmt.Println("main waiting")
	go func() {
		panic("panic in goroutine")
	}()
	<-done
	fmt.Println("not reached")
}
