package main

func main() { var ch chan int; for a, b := range ch { _, _ = a, b } }