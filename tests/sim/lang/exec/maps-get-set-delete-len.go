package main

import "fmt"

func main() {
	m := map[string]int{"a": 1, "b": 2}
	m["c"] = 3
	m["a"] += 10
	delete(m, "b")
	v, ok := m["b"]
	w, ok2 := m["a"]
	fmt.Println(len(m), v, ok, w, ok2, m["zz"])
	var nilm map[string]int
	fmt.Println(nilm["x"], len(nilm))
	counts := map[int]int{}
	for i := 0; i < 10; i++ {
		counts[i%3]++
	}
	fmt.Println(counts[0], counts[1], counts[2])
	fmt.Println(map[string]int{"z": 1, "a": 2, "m": 3})
}
