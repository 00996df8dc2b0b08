// Checks: deferred closures can read and modify named results after return sets them.
package main

import "fmt"

func double() (n int) {
	defer func() { n *= 2 }()
	n = 3
	return n + 1
}

func tagged() (s string, err error) {
	defer func() {
		if err != nil {
			s = "failed: " + s
		}
	}()
	return "x", fmt.Errorf("oops")
}

func plain() (a, b int) {
	a, b = 1, 2
	return
}

func main() {
	fmt.Println(double())
	s, err := tagged()
	fmt.Println(s, err)
	fmt.Println(plain())
}
