// Checks: goroutines joined by a WaitGroup (Add before go) write distinct slice indices;
// the result is independent of scheduling.
package main

import (
	"fmt"
	"sync"
)

func main() {
	res := make([]int, 10)
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			s := 0
			for k := 0; k <= i*100; k++ {
				s += k
			}
			res[i] = s
		}(i)
	}
	wg.Wait()
	fmt.Println(res)
}
