package main

import "fmt"

type T struct{ a int }

func main() {
	t := T{1}
	if t == (T{1}) {
		fmt.Println("eq")
	}
	for _, x := range []T{{1}, {2}} {
		fmt.Println(x.a)
	}
}
