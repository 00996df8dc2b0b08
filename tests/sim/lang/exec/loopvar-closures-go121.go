// go: 1.21
package main

import "fmt"

func main() {
	var fs []func()
	for i := 0; i < 3; i++ {
		fs = append(fs, func() { fmt.Print(i, " ") })
	}
	for _, v := range []string{"a", "b"} {
		fs = append(fs, func() { fmt.Print(v, " ") })
	}
	for _, f := range fs {
		f()
	}
	fmt.Println()
}
