// Checks: the stderr line of a panic with an error value (its Error() text) after a recovered int panic.
package main

import (
	"errors"
	"fmt"
)

func f() {
	defer func() {
		r := recover()
		fmt.Println("recovered int:", r)
	}()
	panic(7)
}

func main() {
	f()
	panic(errors.New("custom failure"))
}
