// Checks: library functions as func values (fmt.Println/Sprintf, strings.Join/Contains, time.Sleep, atomic.AddInt32), called, stored in a slice and deferred.
package main

import (
	"fmt"
	"strings"
	"sync/atomic"
	"time"
)

func main() {
	p := fmt.Println
	p("a", 1)
	sp := fmt.Sprintf
	fmt.Print(sp("%d-%s\n", 3, "x"))
	j := strings.Join
	fmt.Println(j([]string{"a", "b"}, "+"))
	sl := time.Sleep
	sl(time.Millisecond)
	fs := []func(string, string) bool{strings.Contains}
	fmt.Println(fs[0]("abc", "b"))
	var x int32
	add := atomic.AddInt32
	fmt.Println(add(&x, 2), add(&x, 3))
	fmt.Println(x)
	defer p("deferred")
}
