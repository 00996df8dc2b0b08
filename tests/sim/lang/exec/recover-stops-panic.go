package main

import (
	"errors"
	"fmt"
)

func safe(n int) (res string) {
	defer func() {
		if r := recover(); r != nil {
			res = fmt.Sprint("recovered: ", r)
		}
	}()
	if n == 0 {
		panic("zero")
	}
	if n == 1 {
		panic(errors.New("boom"))
	}
	a := []int{1}
	return fmt.Sprint(a[n])
}

func main() {
	fmt.Println(safe(0))
	fmt.Println(safe(1))
	fmt.Println(safe(5))
	fmt.Println(recover())
}
