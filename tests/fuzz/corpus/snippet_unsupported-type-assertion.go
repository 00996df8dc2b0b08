package main

func main() {
	var x any = 1
	_ = x.(int)
}