package main

func main() { x := 0; x = 1 }