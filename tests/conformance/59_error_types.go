// Checks: user error types (pointer and value receivers) returned as error, compared with nil, printed through Error() by Println/%v/%s/%q and Errorf, Error() called explicitly; Error wins over String; a nil *T inside an error prints <nil> when Error panics.
package main

import (
	"errors"
	"fmt"
)

type NotFound struct {
	Key string
}

func (e *NotFound) Error() string { return "not found: " + e.Key }

type Status struct {
	code int
}

func (s Status) Error() string { return fmt.Sprintf("status %d", s.code) }

type Both struct{}

func (Both) Error() string  { return "as error" }
func (Both) String() string { return "as string" }

func lookup(m map[string]int, k string) (int, error) {
	v, ok := m[k]
	if !ok {
		return 0, &NotFound{Key: k}
	}
	return v, nil
}

func check(code int) error {
	if code != 0 {
		return Status{code: code}
	}
	return nil
}

func main() {
	m := map[string]int{"a": 1}
	if v, err := lookup(m, "a"); err == nil {
		fmt.Println("found", v)
	}
	_, err := lookup(m, "zz")
	fmt.Println(err)
	fmt.Printf("%v|%s|%q|%20v|\n", err, err, err, err)
	fmt.Println(err.Error(), len(err.Error()))
	wrapped := fmt.Errorf("lookup failed: %v", err)
	fmt.Println(wrapped)
	fmt.Println(check(0) == nil, check(3))
	var errs []error
	errs = append(errs, check(4), errors.New("plain"), err, nil)
	fmt.Println(errs)
	fmt.Println(Both{})
	fmt.Printf("%s %v\n", Both{}, []any{Both{}})
	var e1 error = &NotFound{Key: "k"}
	var e2 error = &NotFound{Key: "k"}
	fmt.Println(e1 == e2, e1 == e1)
	s1, s2 := error(Status{1}), error(Status{1})
	fmt.Println(s1 == s2)

	var nf *NotFound
	var boxed error = nf
	fmt.Println(boxed == nil, boxed)
	fmt.Printf("[%v]\n", boxed)
}
