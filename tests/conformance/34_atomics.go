// Checks: atomic functions (Add/Load/Store/CompareAndSwap/Swap) and atomic types Int32/Int64/Bool.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var c int64
	var wg sync.WaitGroup
	wg.Add(4)
	for g := 0; g < 4; g++ {
		go func() {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				atomic.AddInt64(&c, 1)
			}
		}()
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt64(&c))
	var u uint32 = 10
	ok1 := atomic.CompareAndSwapUint32(&u, 10, 20)
	ok2 := atomic.CompareAndSwapUint32(&u, 10, 30)
	fmt.Println(ok1, ok2, u)
	fmt.Println(atomic.SwapUint32(&u, 7), atomic.LoadUint32(&u))
	var i32 int32
	atomic.StoreInt32(&i32, -5)
	fmt.Println(atomic.AddInt32(&i32, 2))
	var u64 uint64
	fmt.Println(atomic.AddUint64(&u64, 3), atomic.LoadUint64(&u64))
	var a atomic.Int32
	a.Store(41)
	fmt.Println(a.Add(1), a.Load(), a.CompareAndSwap(42, 0), a.Swap(9), a.Load())
	var b atomic.Bool
	fmt.Println(b.Load(), b.CompareAndSwap(false, true), b.Load(), b.Swap(false))
	var big atomic.Int64
	big.Store(9223372036854775807)
	fmt.Println(big.Add(1))
}
