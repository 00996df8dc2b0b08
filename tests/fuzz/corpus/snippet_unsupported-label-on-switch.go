package main

func main() {
L:
	switch {
	default:
		break L
	}
}