// Scenario: Validation: wake order of receivers on close
// Topic: channels
// Lesson: Validation program. Three goroutines block receiving from one channel (main sleeps 1 ms to let them park), then main closes it; the order in which they run afterwards shows close's LIFO readying into runnext.
// Config: gomaxprocs=1,2 cpus=2 quota=none go=1.22
package main

import (
	"fmt"
	"strings"
	"sync"
	"time"
)

func main() {
	ch := make(chan int)
	var mu sync.Mutex
	var wg sync.WaitGroup
	woke := []string{}
	wg.Add(3)
	for i := 0; i < 3; i++ {
		go func(id int) {
			defer wg.Done()
			<-ch
			mu.Lock()
			woke = append(woke, fmt.Sprint(id))
			mu.Unlock()
		}(i)
	}
	time.Sleep(time.Millisecond)
	close(ch)
	wg.Wait()
	fmt.Println(strings.Join(woke, " "))
}
