package main

func main() { x := true; _ = x + x }