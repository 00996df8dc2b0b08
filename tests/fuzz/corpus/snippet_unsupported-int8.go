package main

func main() { var x int8; _ = x }