// Checks: range over slice/array/map with index-only, value-only and blank forms;
// the range expression is evaluated once; a for-condition loop and an infinite loop with break.
package main

import "fmt"

func main() {
	s := []int{10, 20, 30}
	for i := range s {
		fmt.Print(i, " ")
	}
	for _, v := range s {
		fmt.Print(v, " ")
	}
	fmt.Println()
	for i, v := range s {
		if i == 0 {
			s = append(s, 99)
		}
		fmt.Print(v, " ")
	}
	fmt.Println(len(s))
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		if i == 2 {
			fmt.Println(v)
		}
	}
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	total := 0
	for _, v := range m {
		total += v
	}
	fmt.Println(total)
	n := 1
	for n < 100 {
		n *= 3
	}
	fmt.Println(n)
	k := 0
	for {
		k++
		if k == 7 {
			break
		}
	}
	fmt.Println(k)
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Print(i, ":", j, " ")
	}
	fmt.Println()
}
