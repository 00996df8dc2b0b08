package main

func main() { _ = uint32(4294967296) }