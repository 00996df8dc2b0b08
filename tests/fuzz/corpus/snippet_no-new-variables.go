package main

func main() { var x int; x := 2; _ = x }