package main

func h() int { return }
func main() { h() }