package main

import "fmt"

func main() {
	sum := 0
	for i, v := range []int{10, 20, 30} {
		sum += i * v
	}
	fmt.Println(sum)
	arr := [3]string{"a", "b", "c"}
	for i := range arr {
		arr[i] += "!"
	}
	fmt.Println(arr)
	for i, r := range "aé" {
		fmt.Println(i, r, string(r))
	}
	total := 0
	for _, v := range map[string]int{"a": 1, "b": 2, "c": 3} {
		total += v
	}
	fmt.Println(total)
}
