// Checks: an unrecovered panic with a user error value prints "panic: " + its Error() text (printpanicval), after a recovered one whose value is still the error (not its text).
package main

import "fmt"

type Failure struct {
	Op   string
	Code int
}

func (f *Failure) Error() string { return fmt.Sprintf("%s failed with code %d", f.Op, f.Code) }

func risky(op string, code int) {
	panic(&Failure{Op: op, Code: code})
}

func main() {
	func() {
		defer func() {
			r := recover()
			fmt.Println("recovered:", r)
			fmt.Printf("%v|%s\n", r, r)
		}()
		risky("open", 1)
	}()
	defer fmt.Println("deferred runs first")
	risky("write", 28)
}
