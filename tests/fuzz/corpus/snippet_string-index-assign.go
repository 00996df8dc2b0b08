package main

func main() { s := "ab"; s[0] = 1 }