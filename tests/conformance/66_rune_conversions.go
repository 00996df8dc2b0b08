// Checks: []rune(s) decodes UTF-8 (one element per rune), string([]rune) encodes it (an invalid rune becomes U+FFFD), []byte round trips; value methods of time.Duration through a pointer (call and method value).
package main

import (
	"fmt"
	"time"
)

func main() {
	r := []rune("hé😀")
	fmt.Println(len(r), r, string(r), len(string(r)))
	fmt.Println(string([]rune{104, 233, -1}), []byte("é"), string([]byte{0xc3, 0xa9}))
	var u []int32
	fmt.Println(string(u) == "", len([]rune("")), []rune("a\xffb"))
	r[0] = 'H'
	fmt.Println(string(r), string(r[1:2]))
	d := 1500 * time.Millisecond
	pd := &d
	fmt.Println(pd.String(), pd.Milliseconds())
	s := pd.String
	d = time.Second
	fmt.Println(s(), pd.String())
}
