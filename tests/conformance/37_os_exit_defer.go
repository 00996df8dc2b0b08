// Checks: os.Exit(3) ends the process at once with status 3; deferred calls do not run.
package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("deferred: must not print")
	fmt.Println("before exit")
	os.Exit(3)
}
