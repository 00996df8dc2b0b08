// Checks: errors.New, fmt.Errorf with %v/%d/%s, nil error, Error(), identity comparison of errors.
package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

func find(k string) (int, error) {
	if k == "a" {
		return 1, nil
	}
	return 0, ErrNotFound
}

func wrap(k string) error {
	_, err := find(k)
	if err != nil {
		return fmt.Errorf("find %q: %v (code %d)", k, err, 404)
	}
	return nil
}

func main() {
	v, err := find("a")
	fmt.Println(v, err, err == nil)
	_, err = find("b")
	fmt.Println(err, err == ErrNotFound, err.Error())
	fmt.Println(errors.New("x") == errors.New("x"))
	e := wrap("zz")
	fmt.Println(e)
	fmt.Println(wrap("a") == nil)
	fmt.Printf("%v|%s\n", e, ErrNotFound)
	var errs []error
	for _, k := range []string{"a", "b", "c"} {
		if err := wrap(k); err != nil {
			errs = append(errs, err)
		}
	}
	fmt.Println(len(errs), errs[1])
}
