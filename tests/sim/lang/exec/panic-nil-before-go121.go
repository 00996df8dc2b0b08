// go: 1.19
package main

import "fmt"

func f() (s string) {
	defer func() { s = fmt.Sprint("recovered: ", recover()) }()
	panic(nil)
}

func main() {
	fmt.Println(f())
}
