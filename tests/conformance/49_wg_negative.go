// Checks: WaitGroup.Done without a matching Add panics "sync: negative WaitGroup counter" (exit 2).
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	wg.Done()
	fmt.Println("balanced")
	wg.Done()
}
