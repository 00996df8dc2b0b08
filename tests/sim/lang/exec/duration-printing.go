package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println(time.Duration(0), 1500*time.Millisecond, 2*time.Minute+3*time.Second, time.Duration(1))
	fmt.Println(time.Microsecond*1500, 90*time.Minute, -2*time.Second)
	d := 250 * time.Millisecond
	fmt.Printf("%v %d %s\n", d, d, d)
	fmt.Println(d.Milliseconds(), d.String())
}
