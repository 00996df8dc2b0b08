// Scenario: Validation: append order under a mutex
// Topic: mutex
// Lesson: Validation program. Five goroutines append their id to a shared slice under a Mutex; the printed order is the order in which they got the lock.
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
	order := []string{}
	wg.Add(5)
	for i := 0; i < 5; i++ {
		go func(id int) {
			defer wg.Done()
			mu.Lock()
			order = append(order, fmt.Sprint(id))
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	fmt.Println(strings.Join(order, " "))
}
