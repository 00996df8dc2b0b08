// Checks: an unrecovered panic with a value whose type has a String method prints "panic: " + its String() text (preprintpanics), exit 2.
package main

import "fmt"

type State struct {
	name  string
	level int
}

func (s State) String() string { return fmt.Sprintf("state %s at level %d", s.name, s.level) }

func main() {
	s := State{"overheated", 3}
	fmt.Println("current:", s)
	panic(s)
}
