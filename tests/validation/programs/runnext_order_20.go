// Scenario: Validation: start order of 20 goroutines (runnext)
// Topic: scheduler
// Lesson: Validation program. main starts 20 goroutines that record their id in a buffered channel, then blocks in wg.Wait(). One P: the last one first, the rest FIFO.
// Config: gomaxprocs=1,2 cpus=2 quota=none go=1.22
package main

import (
	"fmt"
	"strings"
	"sync"
)

func main() {
	const n = 20
	var wg sync.WaitGroup
	order := make(chan string, n)
	wg.Add(n)
	for i := 0; i < n; i++ {
		go func(id int) {
			defer wg.Done()
			order <- fmt.Sprint(id)
		}(i)
	}
	wg.Wait()
	close(order)
	ids := []string{}
	for s := range order {
		ids = append(ids, s)
	}
	fmt.Println(strings.Join(ids, " "))
}
