// Scenario: Validation: spawn order when main blocks on a channel
// Topic: scheduler
// Lesson: Validation program. Like runnext_order_3 but main collects the ids by receiving from an unbuffered channel, so each send hands the value straight to main and puts main in runnext.
// Config: gomaxprocs=1,2 cpus=2 quota=none go=1.22
package main

import (
	"fmt"
	"strings"
)

func main() {
	ch := make(chan string)
	for i := 0; i < 5; i++ {
		go func(id int) {
			ch <- fmt.Sprint(id)
		}(i)
	}
	ids := []string{}
	for i := 0; i < 5; i++ {
		ids = append(ids, <-ch)
	}
	fmt.Println(strings.Join(ids, " "))
}
