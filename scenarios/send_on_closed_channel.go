// Scenario: Send on a closed channel racing with close
// Topic: channels
// Lesson: The receiver decides it has had enough after 50 values, closes the channel and
//   returns, while the producer is still sending. A send on a closed channel panics
//   ("panic: send on closed channel", exit status 2). Whether the panic happens depends
//   on a race: if main returns before the producer runs again the process exits cleanly
//   with "received=50"; if the producer's next send comes first, it panics (sometimes
//   after main already printed). On one P the woken producer waits in runnext while main
//   closes and exits, so the bug is hidden every time; with two Ps another P can steal the
//   producer: 6-14% of runs panic started from a shell, ~50% under timeout(1). Rule: only the sender closes a
//   channel; a receiver that wants to stop signals the sender through a separate done
//   channel. go vet is silent; `go run -race` reports a DATA RACE between close and the
//   send, but only in runs where that send actually executed.
// Correct: ^received=50$
// Config: gomaxprocs=1,2,4 cpus=4 quota=none go=1.22

package main

import "fmt"

func main() {
	ch := make(chan int)
	go func() {
		for i := 1; i <= 1000; i++ {
			ch <- i
		}
	}()
	n := 0
	for v := range ch {
		n++
		if v == 50 {
			break
		}
	}
	close(ch) // BUG: the receiver closes while the sender may still send
	fmt.Printf("received=%d\n", n)
}
