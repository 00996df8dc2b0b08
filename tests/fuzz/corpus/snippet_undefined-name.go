package main

func main() { undefinedf() }