package main

func main() { var x int; var y int64; _ = x == y }