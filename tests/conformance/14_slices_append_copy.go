// Checks: make with len/cap, append within capacity, copy count, len/cap of re-slices
// (cap is printed only where it does not depend on the growth policy).
package main

import "fmt"

func main() {
	s := make([]int, 3, 10)
	fmt.Println(s, len(s), cap(s))
	s = append(s, 4, 5)
	fmt.Println(s, len(s), cap(s))
	t := s[1:4]
	fmt.Println(t, len(t), cap(t))
	u := s[2:3:5]
	fmt.Println(u, len(u), cap(u))
	d := make([]int, 2)
	n := copy(d, s[3:])
	fmt.Println(n, d)
	n = copy(s, []int{9, 9, 9, 9, 9, 9, 9})
	fmt.Println(n, s)
	var nilS []int
	fmt.Println(nilS == nil, len(nilS), nilS)
	nilS = append(nilS, 1)
	nilS = append(nilS, nilS...)
	fmt.Println(nilS, len(nilS))
	big := []int{}
	for i := 0; i < 1000; i++ {
		big = append(big, i)
	}
	fmt.Println(len(big), big[999], big[500:503])
	e := s[len(s):]
	fmt.Println(len(e), e)
}
