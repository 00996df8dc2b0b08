package main

type T struct{ a int }

func main() { _ = T{1, 2} }