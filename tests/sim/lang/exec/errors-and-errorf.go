package main

import (
	"errors"
	"fmt"
)

func main() {
	e1 := errors.New("disk full")
	e2 := fmt.Errorf("save %s: %v", "f.txt", e1)
	fmt.Println(e1, e2)
	fmt.Println(e2.Error(), len(e1.Error()))
	var e3 error
	fmt.Println(e3 == nil, e3)
	fmt.Printf("%v|%s\n", e1, e2)
}
