package main

import (
	"fmt"
	"sync"
)

func work(wg *sync.WaitGroup, i int) { defer wg.Done(); _ = i }

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go work(&wg, i)
	}
	wg.Add(1)
	go func(n int) {
		defer wg.Done()
		fmt.Println(n)
	}(5)
	wg.Wait()
	defer fmt.Println("bye")
}
