// Scenario: A million events (GUI benchmark input)
// Topic: bench
// Lesson: Waves of short-lived workers take numbers from an unbuffered channel and add
//   them to a mutex-protected total, so the trace has every kind of scheduler move
//   (creation into runnext, kicks to the tail, steals, parks on the channel and the
//   mutex, wake-ups) on all four Ps, plus memory accesses, and 1,344 goroutine lanes:
//   1,057,575 events. bench/bench_gui.cpp loads it to measure the GUI
//   (timeline repaint, memory); it is not a lesson.
// Correct: ^total=
// Config: gomaxprocs=4 cpus=4 quota=none go=1.22

package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	total := 0
	for wave := 0; wave < 84; wave++ {
		var wg sync.WaitGroup
		ch := make(chan int)
		for w := 0; w < 16; w++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for v := range ch {
					mu.Lock()
					total += v
					mu.Unlock()
				}
			}()
		}
		for i := 0; i < 1000; i++ {
			ch <- i
		}
		close(ch)
		wg.Wait()
	}
	fmt.Printf("total=%d\n", total)
}
