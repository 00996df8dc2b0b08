package main

import (
	"errors"
	"fmt"
	"os"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	var rw sync.RWMutex
	var once sync.Once
	var n atomic.Int64
	var b atomic.Bool
	var c int32
	atomic.AddInt32(&c, 1)
	n.Add(2)
	b.Store(true)
	wg.Add(1)
	go func() { defer wg.Done(); mu.Lock(); mu.Unlock() }()
	wg.Wait()
	rw.RLock()
	rw.RUnlock()
	once.Do(func() {})
	err := errors.New("x")
	fmt.Println(strings.Join([]string{"a", "b"}, ","), err, runtime.NumGoroutine(), n.Load(), b.Load(), atomic.LoadInt32(&c))
	time.Sleep(time.Millisecond)
	if false {
		os.Exit(1)
	}
}
