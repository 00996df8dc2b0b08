package main

type E struct{}

func (E) Error() string { return "e" }

func main() {
	var err error = E{}
	_ = err
}