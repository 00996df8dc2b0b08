package main

import "math/rand"

func main() { _ = rand.Intn(3) }