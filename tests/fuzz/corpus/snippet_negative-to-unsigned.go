package main

func main() { var x uint32 = -1; _ = x }