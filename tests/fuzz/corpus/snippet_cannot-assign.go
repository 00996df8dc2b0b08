package main

func f() int { return 1 }
func main() { f() = 2 }