package main

import "sync"

type T struct {
	sync.Mutex
	n int
}

func main() { var t T; _ = t }