// write: the first write(2) of a fresh process to its stdout, and the second,
// in ns. Where stdout goes decides the cost: measure.sh sends it to a file,
// as the oracle's real runs do (a file's first write allocates its first page
// cache page and updates the inode: ~35 us here; to /dev/null ~1 us).
package main

import (
	"fmt"
	"os"
	"time"
)

func main() {
	b := []byte("received=50\n")
	t0 := time.Now()
	os.Stdout.Write(b)
	t1 := time.Now()
	os.Stdout.Write(b)
	t2 := time.Now()
	fmt.Println(t1.Sub(t0).Nanoseconds(), t2.Sub(t1).Nanoseconds())
}
