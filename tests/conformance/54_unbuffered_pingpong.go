// Checks: unbuffered channels synchronize two goroutines in strict alternation (deterministic order).
package main

import (
	"fmt"
	"strings"
)

func main() {
	ping := make(chan int)
	pong := make(chan int)
	log := []string{}
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	v := 0
	for i := 0; i < 5; i++ {
		ping <- v
		v = <-pong
		log = append(log, fmt.Sprint(v))
	}
	close(ping)
	_, ok := <-pong
	fmt.Println(strings.Join(log, ","), ok)
}
