// Scenario: Validation: local run queue overflow with 300 goroutines
// Topic: scheduler
// Lesson: Validation program. main starts 300 goroutines before blocking; the local ring holds 256, so runqputslow moves half of it (128 plus the new one) to the global queue. The first ids to run (and the id of the 10th) show where each batch went.
// Config: gomaxprocs=1,2 cpus=2 quota=none go=1.22
package main

import (
	"fmt"
	"strings"
	"sync"
)

func main() {
	const n = 300
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
	fmt.Println(strings.Join(ids[:4], " "), "...", ids[128], ids[129], ids[130], "...", ids[n-1])
}
