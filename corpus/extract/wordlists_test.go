package extract

import (
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestWordsInCodeCanMatch holds the few words the rules name in code, in
// calls of token.is, in comparisons with a token's lower text
// (t.lower == "of") and in the cases of a switch on one (or on a word
// function's w), to the lexicon's check: each is one token as the
// tokenizer splits text, in lower case, or the rule could never match it.
func TestWordsInCodeCanMatch(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := gotoken.NewFileSet()
	checked := 0
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		// The sentence splitter's abbreviations are words before a
		// period ("e.g."), not tokens.
		skipFunc := func(n ast.Node) bool {
			d, ok := n.(*ast.FuncDecl)
			return ok && d.Name.Name == "knownAbbreviation"
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if skipFunc(n) {
				return false
			}
			var words []ast.Expr
			switch n := n.(type) {
			case *ast.CallExpr:
				if sel, ok := n.Fun.(*ast.SelectorExpr); ok && sel.Sel.Name == "is" {
					words = n.Args
				}
			case *ast.BinaryExpr:
				if (n.Op == gotoken.EQL || n.Op == gotoken.NEQ) && wordOperand(n.X) {
					words = []ast.Expr{n.Y}
				}
			case *ast.SwitchStmt:
				// "switch t.lower { case "rose", "fell": }", and the word
				// functions that switch on their word w
				// ("func priceMoves(w string) bool").
				if wordSwitch(n.Tag) {
					for _, c := range n.Body.List {
						words = append(words, c.(*ast.CaseClause).List...)
					}
				}
			}
			for _, arg := range words {
				lit, ok := arg.(*ast.BasicLit)
				if !ok {
					continue
				}
				w, err := strconv.Unquote(lit.Value)
				if err != nil {
					continue
				}
				checked++
				toks := tokenize(w)
				if len(toks) != 1 || toks[0].lower != w {
					t.Errorf("%s: %q is not one lower-case token, so the rule can never match it", fset.Position(lit.Pos()), w)
				}
			}
			return true
		})
	}
	if checked < 100 {
		t.Fatalf("checked only %d words: the test no longer finds the calls", checked)
	}
}

// wordOperand reports an operand holding one lower-case word: a token's
// lower-case text, or a word of the windows of lower-case words around a
// figure ("before[0] == "spend"").
func wordOperand(x ast.Expr) bool {
	switch x := x.(type) {
	case *ast.SelectorExpr:
		return x.Sel.Name == "lower"
	case *ast.IndexExpr:
		id, ok := x.X.(*ast.Ident)
		return ok && (id.Name == "before" || id.Name == "after")
	}
	return false
}

// wordSwitch reports a switch on a token's lower-case text or on a word
// function's word w, whose cases are words the rules look for.
func wordSwitch(tag ast.Expr) bool {
	switch tag := tag.(type) {
	case *ast.SelectorExpr:
		return tag.Sel.Name == "lower"
	case *ast.Ident:
		return tag.Name == "w"
	}
	return false
}
