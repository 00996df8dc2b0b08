package main

func main() { defer 1 }