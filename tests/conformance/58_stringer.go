// Checks: user String() methods are used by Println/Print/Sprint and by %v %s %q %x (with widths), not by %d or %+v of fields below unexported names; pointer-receiver String only for pointers; nested in slices, maps and exported fields.
package main

import (
	"fmt"
	"strings"
)

type Temp struct{ deg int }

func (t Temp) String() string { return fmt.Sprintf("%dC", t.deg) }

type Node struct {
	id   int
	kids []*Node
}

func (n *Node) String() string {
	parts := []string{}
	for _, k := range n.kids {
		parts = append(parts, k.String())
	}
	return fmt.Sprintf("n%d(%s)", n.id, strings.Join(parts, ","))
}

type Pair struct {
	Hot  Temp
	cold Temp
}

type Calls struct{ n *int }

func (c Calls) String() string {
	*c.n = *c.n + 1
	return fmt.Sprint("call#", *c.n)
}

func main() {
	t := Temp{21}
	fmt.Println(t, Temp{-3})
	fmt.Print(t, t, "\n")
	fmt.Printf("%v|%s|%q|%x|%d|%6v|%-6s|\n", t, t, t, t, t, t, t)
	fmt.Println([]Temp{{1}, {2}}, [2]Temp{{3}, {4}})
	fmt.Println(map[string]Temp{"a": {5}, "b": {6}})
	fmt.Printf("%v %+v\n", Pair{Temp{7}, Temp{8}}, Pair{Temp{7}, Temp{8}})
	s := fmt.Sprint(t) + "/" + fmt.Sprintf("%s", &t)
	fmt.Println(s)

	root := &Node{id: 1, kids: []*Node{&Node{id: 2}, &Node{id: 3, kids: []*Node{&Node{id: 4}}}}}
	fmt.Println(root)
	fmt.Printf("%v %s\n", root.kids[0], root.kids)
	v := Node{id: 9}
	fmt.Printf("%v\n", v)

	var anyT any = Temp{30}
	fmt.Println(anyT)
	fmt.Println([]any{Temp{31}, 32, "x"})

	count := 0
	c := Calls{&count}
	fmt.Println(c, c)
	fmt.Println(count)

	var np *Node
	fmt.Println(np == nil)
	msg := fmt.Sprintf("%v and %v", Temp{1}, Temp{2})
	fmt.Println(len(msg), msg)
}
