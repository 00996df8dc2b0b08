package main

import (
	"fmt"
	"runtime"
)

func main() {
	prev := runtime.GOMAXPROCS(2)
	runtime.Gosched()
	fmt.Println(prev, runtime.NumCPU() > 0)
}
