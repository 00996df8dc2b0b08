// Checks: recover in a deferred function stops a panic and returns the panic value.
package main

import (
	"errors"
	"fmt"
)

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func try(f func()) (v any) {
	defer func() { v = recover() }()
	f()
	return nil
}

func main() {
	fmt.Println(safeDiv(10, 2))
	fmt.Println(safeDiv(1, 0))
	fmt.Println(try(func() { panic("a string") }))
	fmt.Println(try(func() { panic(42) }))
	fmt.Println(try(func() { panic(errors.New("an error")) }))
	fmt.Println(try(func() {}))
	fmt.Println(recover())
	fmt.Println("still running")
}
