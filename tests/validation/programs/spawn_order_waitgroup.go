// Scenario: Validation: spawn order when main blocks on a WaitGroup
// Topic: scheduler
// Lesson: Validation program. Five goroutines record their id under a mutex; main blocks in wg.Wait(). Compare with spawn_order_unbuffered_chan.go.
// Config: gomaxprocs=1,2 cpus=2 quota=none go=1.22
package main

import (
	"fmt"
	"strings"
	"sync"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	ids := []string{}
	wg.Add(5)
	for i := 0; i < 5; i++ {
		go func(id int) {
			defer wg.Done()
			mu.Lock()
			ids = append(ids, fmt.Sprint(id))
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	fmt.Println(strings.Join(ids, " "))
}
