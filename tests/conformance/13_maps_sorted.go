// Checks: map insert/update/delete, v,ok lookup, len, zero value for a missing key,
// iteration made deterministic by sorting the keys with a hand-written insertion sort.
package main

import "fmt"

func sortedKeys(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && keys[j] < keys[j-1]; j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
		}
	}
	return keys
}

func main() {
	m := make(map[string]int)
	words := []string{"pear", "apple", "fig", "apple", "kiwi", "pear", "apple"}
	for _, w := range words {
		m[w]++
	}
	for _, k := range sortedKeys(m) {
		fmt.Println(k, m[k])
	}
	v, ok := m["banana"]
	fmt.Println(v, ok, len(m))
	delete(m, "fig")
	delete(m, "nothing")
	_, ok = m["fig"]
	fmt.Println(ok, len(m))
	lit := map[int]string{3: "c", 1: "a", 2: "b"}
	sum := 0
	for k := range lit {
		sum += k
	}
	fmt.Println(sum, lit[2], lit[9] == "")
	mm := map[string][]int{}
	mm["x"] = append(mm["x"], 1, 2)
	fmt.Println(mm["x"], len(mm["y"]))
}
