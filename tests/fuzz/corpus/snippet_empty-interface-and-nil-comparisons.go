package main

import "fmt"

func main() {
	var e error
	var p *int
	var s []int
	var m map[string]int
	var f func()
	var ch chan int
	var a any
	fmt.Println(e == nil, p == nil, s == nil, m == nil, f == nil, ch == nil, a == nil)
}
