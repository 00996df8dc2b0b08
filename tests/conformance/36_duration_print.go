// Checks: time.Duration constants, arithmetic and String() formatting via Println/%v/%s; %d of a Duration.
package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println(1500 * time.Millisecond)
	fmt.Println(2*time.Second, 90*time.Minute, 250*time.Microsecond, 42*time.Nanosecond)
	fmt.Println(time.Duration(0), -3*time.Second, time.Hour+time.Second)
	d := 3*time.Second + 250*time.Millisecond
	fmt.Printf("%v %s %d\n", d, d, d)
	fmt.Println(d/2, d*2, d%time.Second, d > time.Second)
	fmt.Println(int64(d/time.Millisecond), time.Duration(1234567))
	var total time.Duration
	for i := 1; i <= 4; i++ {
		total += time.Duration(i) * 100 * time.Millisecond
	}
	fmt.Println(total, []time.Duration{time.Millisecond, time.Minute})
}
