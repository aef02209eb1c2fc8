package extract

import (
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"strconv"
	"testing"
)

// TestWalkAwayKeys checks that every word walkedAway's switch reads passes
// mayWalkAway, which statusIn asks first: a case added to the switch
// without its word in walkAwayKeys fails here.
func TestWalkAwayKeys(t *testing.T) {
	f, err := parser.ParseFile(gotoken.NewFileSet(), "describe.go", nil, 0)
	if err != nil {
		t.Fatalf("parse describe.go: %v", err)
	}
	n := 0
	for _, d := range f.Decls {
		fn, ok := d.(*ast.FuncDecl)
		if !ok || fn.Name.Name != "walkedAway" {
			continue
		}
		ast.Inspect(fn.Body, func(node ast.Node) bool {
			c, ok := node.(*ast.CaseClause)
			if !ok {
				return true
			}
			for _, e := range c.List {
				lit, ok := e.(*ast.BasicLit)
				if !ok || lit.Kind != gotoken.STRING {
					continue
				}
				w, err := strconv.Unquote(lit.Value)
				if err != nil {
					t.Fatalf("case %s: %v", lit.Value, err)
				}
				n++
				if !mayWalkAway(uint32(len(w))<<8 | uint32(w[0])) {
					t.Errorf("walkedAway reads %q, which mayWalkAway rules out: add it to walkAwayKeys", w)
				}
			}
			return true
		})
	}
	if n < 20 {
		t.Fatalf("only %d case words found in walkedAway", n)
	}
}
