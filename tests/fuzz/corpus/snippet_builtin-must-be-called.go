package main

func main() { _ = len }