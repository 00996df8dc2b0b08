// Checks: expression switch with lists, default placement, switch with init, tagless switch,
// break inside switch, no implicit fallthrough.
package main

import "fmt"

func classify(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	case n < 10:
		return "small"
	default:
		return "large"
	}
}

func day(d int) string {
	switch d {
	default:
		return "weekday"
	case 0, 6:
		return "weekend"
	}
}

func main() {
	for _, n := range []int{-3, 0, 7, 42} {
		fmt.Print(classify(n), " ")
	}
	fmt.Println()
	fmt.Println(day(0), day(3), day(6))
	switch x := 5; x % 2 {
	case 0:
		fmt.Println("even")
	case 1:
		fmt.Println("odd")
		if x > 3 {
			break
		}
		fmt.Println("not reached")
	}
	s := "go"
	switch s + "!" {
	case "go!":
		fmt.Println("matched")
	case "go":
		fmt.Println("wrong")
	}
	count := 0
	for i := 0; i < 10; i++ {
		switch {
		case i%3 == 0:
			count += 100
		case i%2 == 0:
			count += 10
		}
	}
	fmt.Println(count)
}
