// Scenario: select between two ready channels
// Topic: channels
// Lesson: Both channels always have a value ready. select does not prefer the first case
//   written: it visits the ready cases in a uniformly random order, so out of 1000
//   selections each case wins about 500 times ("balanced" when both counts are within
//   425..575, which holds in all but a tiny fraction of runs). This is true on any
//   number of Ps because the choice is a pseudo-random permutation, not a race. To give
//   one channel priority you need a nested select with default.
// Correct: ^balanced$
// Config: gomaxprocs=1,2 cpus=4 quota=none go=1.22

package main

import "fmt"

func main() {
	a := make(chan int, 1)
	b := make(chan int, 1)
	na, nb := 0, 0
	for i := 0; i < 1000; i++ {
		a <- 1
		b <- 2
		select {
		case <-a:
			na++
			<-b
		case <-b:
			nb++
			<-a
		}
	}
	if na >= 425 && na <= 575 {
		fmt.Println("balanced")
	} else {
		fmt.Printf("skewed a=%d b=%d\n", na, nb)
	}
}
