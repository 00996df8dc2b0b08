package main

import "fmt"

func main() {
	var x interface{} = 3
	var y any = "s"
	s := fmt.Sprintf("%d %s %v %t %q %x %%", 1, "a", x, true, "q", 255)
	fmt.Print(s, y, nil, "\n")
	fmt.Printf("%5d|\n", 7)
	args := []any{1, 2}
	fmt.Println(args...)
	e := fmt.Errorf("e%d", 1)
	fmt.Println(e.Error(), fmt.Sprint(1), fmt.Sprintln("x"))
}
