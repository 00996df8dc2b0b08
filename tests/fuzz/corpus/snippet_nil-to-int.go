package main

func main() { var x int = nil; _ = x }