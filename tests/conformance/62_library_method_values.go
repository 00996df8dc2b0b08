// Checks: method values of library types bind their receiver when evaluated: wg.Add/Done/Wait, mu.Lock/Unlock/TryLock, rw.RLock/RUnlock, once.Do, t.Stop, atomic Add/Load, d.String (a copy), err.Error; stored, deferred and run as goroutines.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	n := 0
	add := wg.Add
	add(3)
	for i := 0; i < 3; i++ {
		done := wg.Done
		go func() {
			defer done()
			lock, unlock := mu.Lock, mu.Unlock
			lock()
			n++
			unlock()
		}()
	}
	wait := wg.Wait
	wait()
	fmt.Println(n)
	mu.Lock()
	go mu.Unlock()
	mu.Lock()
	f := mu.Unlock
	defer f()
	t := time.NewTimer(time.Hour)
	stop := t.Stop
	fmt.Println(stop(), stop())
	var a atomic.Int64
	inc := a.Add
	inc(5)
	load := a.Load
	fmt.Println(load(), inc(2))
	d := 1500 * time.Millisecond
	str := d.String
	d = time.Second
	fmt.Println(str(), d)
	var once sync.Once
	do := once.Do
	do(func() { fmt.Println("once") })
	do(func() { fmt.Println("twice") })
	var rw sync.RWMutex
	rl := rw.RLock
	rl()
	ru := rw.RUnlock
	ru()
	try := mu.TryLock
	fmt.Println(try())
	err := fmt.Errorf("e%d", 1)
	es := err.Error
	fmt.Println(es())
}
