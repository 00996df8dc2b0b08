// Loops with memory steps around inner loops of local work: the inner loops
// run the same number of times in every iteration, so the outer loops are
// closed-form and run ahead, one jittered step at a time (their bursts are
// long). A's inner sum uses the outer index; B holds the Mutex through its
// inner loop; C's inner bound grows with its index (no plan: stepped). main
// reads the counter between sleeps, so the output depends on the timing.
// a = sum over i < 20000 of (50 i + 1225) = 10024000000; b = 8000 * 40 * 3 = 960000.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	counter := 0
	a, b, c := 0, 0, 0
	wg.Add(3)
	go func() {
		defer wg.Done()
		sum := 0
		for i := 0; i < 20000; i++ {
			counter++
			for j := 0; j < 50; j++ {
				sum += j + i
			}
		}
		a = sum
	}()
	go func() {
		defer wg.Done()
		w := 0
		for k := 0; k < 8000; k++ {
			mu.Lock()
			for j := 0; j < 40; j++ {
				w += 3
			}
			mu.Unlock()
		}
		b = w
	}()
	go func() {
		defer wg.Done()
		v := 0
		for i := 0; i < 300; i++ {
			counter++
			for j := 0; j < i; j++ {
				v++
			}
		}
		c = v
	}()
	seen := 0
	for k := 0; k < 4; k++ {
		time.Sleep(100 * time.Microsecond)
		mu.Lock()
		seen += counter
		mu.Unlock()
	}
	wg.Wait()
	fmt.Printf("a=%d b=%d c=%d counter=%d seen=%d\n", a, b, c, counter, seen)
}
