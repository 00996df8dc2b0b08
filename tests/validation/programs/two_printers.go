// Scenario: Validation: two goroutines race to print first
// Topic: scheduler
// Lesson: Validation program. Two goroutines print A and B; main waits on a WaitGroup. On one P runnext makes B run first (B / A); with two Ps both orders occur.
// Config: gomaxprocs=1,2 cpus=2 quota=none go=1.22
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		fmt.Println("A")
	}()
	go func() {
		defer wg.Done()
		fmt.Println("B")
	}()
	wg.Wait()
}
