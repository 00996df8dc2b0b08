package main

import "sync"

func main() {
	var wg sync.WaitGroup
	f := wg.Done
	f()
}