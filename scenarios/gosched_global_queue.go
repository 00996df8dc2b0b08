// Scenario: runtime.Gosched sends the goroutine to the global queue
// Topic: scheduler
// Lesson: Three workers each record "<id>a", call runtime.Gosched(), then record
//   "<id>b". Gosched puts the caller at the tail of the GLOBAL run queue, not the local
//   one. On one P: worker 2 (in runnext) runs first, then 0 and 1 from the local queue;
//   each yields to the global queue in that order, and when the local queue is empty the
//   P takes the global batch back: "2a 0a 1a 2b 0b 1b". Without the Gosched calls each
//   worker would finish before the next starts ("2a 2b 0a 0b 1a 1b"). With two Ps the
//   second P steals and the interleaving varies. Gosched is a hint for fairness, never
//   a synchronization primitive.
// Config: gomaxprocs=1,2 cpus=4 quota=none go=1.22

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
	record := func(s string) {
		mu.Lock()
		log = append(log, s)
		mu.Unlock()
	}
	wg.Add(3)
	for i := 0; i < 3; i++ {
		go func(id int) {
			defer wg.Done()
			record(fmt.Sprintf("%da", id))
			runtime.Gosched()
			record(fmt.Sprintf("%db", id))
		}(i)
	}
	wg.Wait()
	fmt.Println(strings.Join(log, " "))
}
