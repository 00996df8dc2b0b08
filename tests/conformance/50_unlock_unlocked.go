// Checks: Unlock of an unlocked Mutex is a fatal error (not recoverable), exit 2.
package main

import (
	"fmt"
	"sync"
)

func main() {
	defer func() {
		fmt.Println("recover:", recover())
	}()
	var mu sync.Mutex
	mu.Lock()
	mu.Unlock()
	fmt.Println("ok")
	mu.Unlock()
}
