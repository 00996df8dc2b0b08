package main

import "fmt"

func producer(out chan<- int) {
	out <- 1
	close(out)
}

func consumer(in <-chan int) int {
	v, ok := <-in
	if !ok {
		return -1
	}
	return v
}

func main() {
	ch := make(chan int)
	go producer(ch)
	fmt.Println(consumer(ch))
}
