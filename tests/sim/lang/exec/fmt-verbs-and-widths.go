package main

import "fmt"

type P struct {
	X, Y int
	S    string
}

func main() {
	fmt.Printf("%d|%5d|%-5d|%05d|%x|%X|%o\n", 42, 42, 42, 42, 255, 255, 8)
	fmt.Printf("%s|%8s|%-8s|%q|%v|%t\n", "go", "go", "go", "a\"b", "v", true)
	fmt.Printf("%v|%+v|%d|%v\n", P{1, 2, "s"}, P{1, 2, "s"}, []int{1, 2}, &P{3, 4, ""})
	fmt.Printf("%v %v %%\n", nil, []string{"a", "b"})
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n")
	fmt.Printf("%d\n", 1, 2)
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 1 == 1))
	fmt.Print("x", 1, "\n")
	fmt.Println(fmt.Sprintln("a", 1) == "a 1\n")
}
