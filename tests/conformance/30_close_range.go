// Checks: a producer goroutine closes its channel; range over the channel receives every value in order.
package main

import "fmt"

func gen(n int) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for i := 1; i <= n; i++ {
			ch <- i * i
		}
	}()
	return ch
}

func main() {
	sum := 0
	for v := range gen(10) {
		fmt.Print(v, " ")
		sum += v
	}
	fmt.Println()
	fmt.Println(sum)
	done := make(chan bool)
	results := make(chan string, 10)
	go func() {
		for _, w := range []string{"x", "y", "z"} {
			results <- w
		}
		close(results)
		done <- true
	}()
	<-done
	for r := range results {
		fmt.Print(r)
	}
	fmt.Println()
}
