package main

func main() { _ = 2i }