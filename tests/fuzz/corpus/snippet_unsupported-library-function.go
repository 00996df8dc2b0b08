package main

import "strings"

func main() { _ = strings.Fields("a b") }