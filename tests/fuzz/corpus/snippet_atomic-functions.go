package main

import (
	"fmt"
	"sync/atomic"
)

func main() {
	var a int32
	var b int64
	var c uint32
	var d uint64
	atomic.AddInt64(&b, 1)
	atomic.StoreUint32(&c, 2)
	atomic.CompareAndSwapUint64(&d, 0, 1)
	old := atomic.SwapInt32(&a, 5)
	var i32 atomic.Int32
	i32.CompareAndSwap(0, 1)
	fmt.Println(old, atomic.LoadInt64(&b), atomic.LoadUint32(&c), atomic.LoadUint64(&d), i32.Swap(3))
}
