package main

func main() { x := 1; s := "a"; _ = x + s }