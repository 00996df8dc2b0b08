// Scenario: Loop variable captured by goroutines (before Go 1.22)
// Topic: scheduler
// Lesson: Before Go 1.22 a three-clause for loop has ONE variable i shared by all
//   iterations. Each `go func(){ ... i ... }()` captures that variable by reference, not
//   its value, so a goroutine that runs after the loop has moved on sees a later value,
//   usually the final 3. On one P all goroutines run only after main blocks in Wait, so
//   the output is "3 3 3" every time; with more Ps a goroutine that an idle P steals
//   early can see 1 or 2, but the loop finishes in well under a microsecond, so that is
//   rare. `go vet` (loopclosure analyzer) reports "loop variable i captured by func
//   literal" because the go statement is the last statement of the loop body, and
//   `go run -race` reports the goroutine's read of i racing with the loop's i++. Fix:
//   pass i as an argument (`go func(i int){...}(i)`), copy it (`i := i`), or use Go 1.22+
//   where each iteration has its own i (see loopvar_capture_go122.go). The Go 1.19
//   toolchain always shows this pre-1.22 behaviour.
// Correct: ^0 1 2$
// Config: gomaxprocs=1,2,4 cpus=4 quota=none go=1.21

package main

import (
	"fmt"
	"strings"
	"sync"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	seen := []string{}
	wg.Add(3)
	for i := 0; i < 3; i++ {
		go func() {
			defer wg.Done()
			mu.Lock()
			seen = append(seen, fmt.Sprint(i))
			mu.Unlock()
		}()
	}
	wg.Wait()
	// insertion sort, so the outcome does not depend on the finishing order
	for a := 1; a < len(seen); a++ {
		for b := a; b > 0 && seen[b] < seen[b-1]; b-- {
			seen[b], seen[b-1] = seen[b-1], seen[b]
		}
	}
	fmt.Println(strings.Join(seen, " "))
}
