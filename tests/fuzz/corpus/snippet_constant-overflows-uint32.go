package main

func main() { var u uint32 = 4294967296; _ = u }