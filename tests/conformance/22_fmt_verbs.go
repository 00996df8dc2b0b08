// Checks: fmt verbs %d %s %v %t %q %x %% with widths, zero padding and left alignment.
package main

import "fmt"

func main() {
	fmt.Printf("[%d] [%5d] [%-5d] [%05d] [%05d]\n", 42, 42, 42, 42, -42)
	fmt.Printf("[%s] [%8s] [%-8s] [%q]\n", "go", "go", "go", "a\"b\n")
	fmt.Printf("[%v] [%v] [%v] [%6v]\n", 7, "s", true, 3)
	fmt.Printf("[%t] [%t] [%7t]\n", true, false, true)
	fmt.Printf("[%x] [%x] [%x] [%x] [%4x]\n", 255, -255, "hi", uint32(4294967295), 10)
	fmt.Printf("100%% [%d%%]\n", 5)
	var i32 int32 = -7
	var u64 uint64 = 18446744073709551615
	fmt.Printf("%d %d %x\n", i32, u64, u64)
	s := fmt.Sprintf("%d-%s", 1, "x")
	fmt.Println(s, len(s))
	fmt.Print("a", "b", 1, 2, "c\n")
	fmt.Print(1, 2, "\n")
	fmt.Println(fmt.Sprint("x", 3, 4, "y"), fmt.Sprintln("end") == "end\n")
	fmt.Printf("%d %s\n", []int{1, 2}, []string{"p", "q"})
	fmt.Printf("%v|%-4v|%4v\n", []int{}, 1, "ab")
}
