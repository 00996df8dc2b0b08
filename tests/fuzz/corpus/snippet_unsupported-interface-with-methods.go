package main

type I interface{ M() }

func main() {}