// Scenario: Validation: nested spawn order
// Topic: scheduler
// Lesson: Validation program. main starts p, p starts c1 and c2 and records itself; everyone records in a buffered channel; main waits on a WaitGroup.
// Config: gomaxprocs=1,2 cpus=2 quota=none go=1.22
package main

import (
	"fmt"
	"strings"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	rec := make(chan string, 4)
	wg.Add(4)
	go func() {
		defer wg.Done()
		for _, n := range []string{"c1", "c2"} {
			go func(s string) {
				defer wg.Done()
				rec <- s
			}(n)
		}
		rec <- "p"
	}()
	go func() {
		defer wg.Done()
		rec <- "q"
	}()
	wg.Wait()
	close(rec)
	out := []string{}
	for s := range rec {
		out = append(out, s)
	}
	fmt.Println(strings.Join(out, " "))
}
