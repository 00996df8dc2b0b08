// Scenario: Loop variable captured by goroutines (Go 1.22 and later)
// Topic: scheduler
// Lesson: The same program as loopvar_capture_go121.go, but with Go 1.22 semantics: each
//   iteration of a three-clause for loop gets a fresh variable i, so every goroutine
//   captures its own value and the sorted output is always "0 1 2", whatever the
//   schedule. The change depends on the `go` line of go.mod (1.22 or later), not on the
//   toolchain alone. An older `go vet` (1.19-1.21, loopclosure) still reports "loop variable
//   i captured by func literal"; Go 1.22+ vet no longer does for such modules. Note:
//   run with a Go 1.19-1.21 toolchain this file still behaves the old way ("3 3 3" on
//   one P); the simulator follows the Config go=1.22.
// Correct: ^0 1 2$
// Config: gomaxprocs=1,2,4 cpus=4 quota=none go=1.22

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
