// Scenario: Validation: select over two producer channels
// Topic: channels
// Lesson: Validation program. Two producers keep unbuffered channels ready; main selects 1000 times. balanced when each side wins 40..60% of the time, else skewed (readiness, not just select's random order, decides).
// Config: gomaxprocs=1,2 cpus=2 quota=none go=1.22
package main

import "fmt"

func main() {
	a := make(chan int)
	b := make(chan int)
	go func() {
		for {
			a <- 1
		}
	}()
	go func() {
		for {
			b <- 2
		}
	}()
	na := 0
	for i := 0; i < 1000; i++ {
		select {
		case <-a:
			na++
		case <-b:
		}
	}
	if na >= 400 && na <= 600 {
		fmt.Println("balanced")
	} else {
		fmt.Println("skewed")
	}
}
