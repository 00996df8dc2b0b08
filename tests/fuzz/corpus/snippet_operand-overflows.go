package main

func main() { var u uint8; _ = u + 300 }