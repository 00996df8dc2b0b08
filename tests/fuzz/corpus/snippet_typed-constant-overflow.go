package main

const c uint32 = 1 << 31

func main() { _ = c * 2 }