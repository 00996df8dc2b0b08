package main

import (
	"fmt"
	"sync"
)

type Store struct {
	mu sync.RWMutex
	m  map[string]int
}

func (s *Store) Get(k string) int {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.m[k]
}

func main() {
	var mu sync.Mutex
	if mu.TryLock() {
		mu.Unlock()
	}
	s := &Store{m: map[string]int{}}
	fmt.Println(s.Get("a"))
}
