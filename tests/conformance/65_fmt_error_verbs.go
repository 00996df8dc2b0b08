// Checks: fmt.Errorf with %w formats the wrapped error like %v; %w outside Errorf and %d/%t of an errors.New value print fmt's bad-verb forms; integer precision (%.3d, %6.3d, %.0d of 0, %.4x) turns off zero padding.
package main

import (
	"errors"
	"fmt"
)

func main() {
	base := errors.New("base")
	e := fmt.Errorf("wrap: %w", base)
	fmt.Println(e)
	fmt.Printf("%v|%s|%q\n", e, e, e)
	e2 := fmt.Errorf("outer (%d): %w", 2, e)
	fmt.Println(e2, e2 == e, e != nil)
	fmt.Println(fmt.Sprintf("%w|%d|%t", base, base, base))
	fmt.Printf("%.3d|%6.3d|%-6.3d|%06.2d|%.0d|%x|%.4x|%+.2d|%.2d\n", 7, 7, 7, 7, 0, 255, 255, 5, -3)
}
