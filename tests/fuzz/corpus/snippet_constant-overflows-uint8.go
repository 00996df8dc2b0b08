package main

func main() { var u8 uint8 = 300; _ = u8 }