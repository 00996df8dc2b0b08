// Scenario: Validation: two producers, one consumer, buffered channel
// Topic: channels
// Lesson: Validation program. Producers a and b each send three tagged values into a channel of capacity 2; main receives all six and prints the arrival order.
// Config: gomaxprocs=1,2 cpus=2 quota=none go=1.22
package main

import (
	"fmt"
	"strings"
)

func main() {
	ch := make(chan string, 2)
	for _, name := range []string{"a", "b"} {
		go func(p string) {
			for i := 1; i <= 3; i++ {
				ch <- fmt.Sprintf("%s%d", p, i)
			}
		}(name)
	}
	got := []string{}
	for i := 0; i < 6; i++ {
		got = append(got, <-ch)
	}
	fmt.Println(strings.Join(got, " "))
}
