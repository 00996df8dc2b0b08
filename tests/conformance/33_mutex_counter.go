// Checks: a Mutex-protected counter incremented by 4 goroutines, plus RWMutex readers.
package main

import (
	"fmt"
	"sync"
)

type SafeMap struct {
	mu sync.RWMutex
	m  map[int]int
}

func (s *SafeMap) Put(k, v int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.m[k] = v
}

func (s *SafeMap) Get(k int) int {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.m[k]
}

func main() {
	var mu sync.Mutex
	n := 0
	var wg sync.WaitGroup
	wg.Add(4)
	for g := 0; g < 4; g++ {
		go func() {
			defer wg.Done()
			for i := 0; i < 2500; i++ {
				mu.Lock()
				n++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println(n)
	sm := &SafeMap{m: map[int]int{}}
	wg.Add(5)
	for g := 0; g < 5; g++ {
		go func(g int) {
			defer wg.Done()
			sm.Put(g, g*g)
			_ = sm.Get(g)
		}(g)
	}
	wg.Wait()
	total := 0
	for k := 0; k < 5; k++ {
		total += sm.Get(k)
	}
	fmt.Println(total, len(sm.m))
	fmt.Println(mu.TryLock(), mu.TryLock())
	mu.Unlock()
}
