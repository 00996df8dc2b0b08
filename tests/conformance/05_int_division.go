// Checks: integer division truncates toward zero and % takes the sign of the dividend.
package main

import "fmt"

func main() {
	fmt.Println(7/2, -7/2, 7/-2, -7/-2)
	fmt.Println(7%3, -7%3, 7%-3, -7%-3)
	var a int32 = -9
	var b int32 = 4
	fmt.Println(a/b, a%b)
	var u uint32 = 9
	fmt.Println(u/4, u%4)
	x := 100
	x /= 7
	fmt.Println(x)
	x %= 5
	fmt.Println(x)
}
