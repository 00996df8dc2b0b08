package main

import "fmt"

func main() {
	var s []int
	fmt.Println(s == nil, len(s), cap(s))
	for i := 0; i < 5; i++ {
		s = append(s, i*i)
	}
	fmt.Println(s, len(s), cap(s))
	t := s[1:3]
	t[0] = 100
	fmt.Println(s, t, len(t), cap(t))
	u := make([]int, 2, 10)
	n := copy(u, s)
	fmt.Println(u, n)
	u = append(u, 7, 8)
	fmt.Println(u, s[1:], s[:2])
	w := append([]int{}, s...)
	w[0] = -1
	fmt.Println(s[0], w[0])
	var arr [4]string
	arr[2] = "x"
	sl := arr[1:]
	sl[0] = "y"
	fmt.Println(arr, len(sl))
}
