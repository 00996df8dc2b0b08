// Checks: sync.Once runs its function exactly once even when called from many goroutines.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var once sync.Once
	calls := 0
	var wg sync.WaitGroup
	wg.Add(8)
	for i := 0; i < 8; i++ {
		go func() {
			defer wg.Done()
			once.Do(func() { calls++ })
		}()
	}
	wg.Wait()
	once.Do(func() { calls += 100 })
	fmt.Println(calls)
	var o2 sync.Once
	for i := 0; i < 3; i++ {
		o2.Do(func() { fmt.Println("init", i) })
	}
}
