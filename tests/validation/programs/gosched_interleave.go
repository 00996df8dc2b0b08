// Scenario: Validation: Gosched interleaving of two goroutines
// Topic: scheduler
// Lesson: Validation program. Goroutines x and y each record a letter three times and call runtime.Gosched() after each; Gosched goes to the global queue tail, so on one P they alternate.
// Config: gomaxprocs=1,2 cpus=2 quota=none go=1.22
package main

import (
	"fmt"
	"runtime"
	"strings"
	"sync"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	log := []string{}
	wg.Add(2)
	for _, name := range []string{"x", "y"} {
		go func(s string) {
			defer wg.Done()
			for i := 0; i < 3; i++ {
				mu.Lock()
				log = append(log, s)
				mu.Unlock()
				runtime.Gosched()
			}
		}(name)
	}
	wg.Wait()
	fmt.Println(strings.Join(log, ""))
}
