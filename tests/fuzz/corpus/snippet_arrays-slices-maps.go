package main

import "fmt"

func main() {
	arr := [3]int{1, 2, 3}
	sl := arr[:]
	sl = append(sl, 4, 5)
	more := []int{6}
	sl = append(sl, more...)
	n := copy(sl, []int{9})
	m := map[string]int{"a": 1}
	m["b"] = 2
	v, ok := m["c"]
	delete(m, "a")
	mm := make(map[int][]int)
	mm[1] = append(mm[1], 2)
	s2 := make([]int, 2, 10)
	fmt.Println(len(arr), cap(sl), sl[1:3], n, v, ok, len(m), s2, [...]int{1, 2}, sl[1:2:3])
}
