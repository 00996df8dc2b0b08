package main

import "fmt"

type Celsius int

func (c Celsius) Double() Celsius { return c * 2 }

func main() {
	var c Celsius = 21
	fmt.Println(c.Double())
}
