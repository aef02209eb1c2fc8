// Command isids turns the rules' word tests on tokens, t.is("a", "b"),
// into tests of the token's word number, t.is2(wdA, wdB), and writes the
// table of word numbers (wordids_gen.go) from the words the package's
// rules ask for.
//
// Usage, from the module root (or any directory):
//
//	go generate ./corpus/extract
//
// which runs, in the package directory,
//
//	go run ./internal/isids -dir . [-rewrite=true] [-v]
//
// It is idempotent: a second run changes nothing. With -rewrite=false it
// only regenerates the table (from both forms of calls). A call it
// cannot convert (an argument that is no string literal, or a literal
// that is no lower-case word a token could be) keeps the string form,
// which the package keeps. Test files are neither scanned nor rewritten.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

const genFile = "wordids_gen.go"

var isN = regexp.MustCompile(`^is[0-9]+$`)

func main() {
	dir := flag.String("dir", "corpus/extract", "the package directory")
	rewrite := flag.Bool("rewrite", true, "rewrite string-form calls; false only regenerates the table")
	verbose := flag.Bool("v", false, "list the calls left in the string form")
	flag.Parse()
	if err := run(*dir, *rewrite, *verbose); err != nil {
		fmt.Fprintln(os.Stderr, "isids:", err)
		os.Exit(1)
	}
}

// symbols name the symbols a call may ask for by number; a symbol
// token is one rune, and the tokenizer numbers every symbol token too.
// A symbol not listed keeps the string form.
var symbols = map[string]string{
	",": "symComma", ";": "symSemicolon", ":": "symColon", ".": "symPeriod",
	"-": "symHyphen", "–": "symEnDash", "—": "symEmDash", "(": "symLParen",
	")": "symRParen", "&": "symAmpersand", "\"": "symQuote", "“": "symLeftQuote",
	"”": "symRightQuote", "'": "symApostrophe", "‘": "symLeftSingle", "’": "symRightSingle",
	"/": "symSlash", "%": "symPercent", "$": "symDollar", "+": "symPlus",
	"[": "symLBracket", "]": "symRBracket", "|": "symBar", "?": "symQuestion",
	"!": "symBang", "*": "symStar", "#": "symHash", "@": "symAt",
	"€": "symEuro", "£": "symPound", "¥": "symYen", "~": "symTilde", "=": "symEquals",
}

// convertible reports whether w is a word a token's lower-case text can
// be and the table can number: a letter, then letters or digits, all
// lower case; or one of the symbols. Only word tokens start with a
// letter, and the tokenizer numbers every word and symbol token, so such
// a literal matches a token exactly when its number does.
func convertible(w string) bool {
	if symbols[w] != "" {
		return true
	}
	if w == "" || !utf8.ValidString(w) {
		return false
	}
	for i, r := range w {
		if i == 0 && !unicode.IsLetter(r) {
			return false
		}
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return strings.ToLower(w) == w
}

// ident is the constant naming word w: "wd" and w with its first rune
// upper-cased, which wordOf reverses (every word is lower case); a
// symbol's name from symbols.
func ident(w string) string {
	if sym := symbols[w]; sym != "" {
		return sym
	}
	r, n := utf8.DecodeRuneInString(w)
	return "wd" + string(unicode.ToUpper(r)) + w[n:]
}

// wordOf is the word a constant's name stands for, "" when name is none.
func wordOf(name string) string {
	for w, sym := range symbols {
		if sym == name {
			return w
		}
	}
	rest, ok := strings.CutPrefix(name, "wd")
	if !ok || rest == "" {
		return ""
	}
	r, n := utf8.DecodeRuneInString(rest)
	if !unicode.IsUpper(r) {
		return ""
	}
	w := string(unicode.ToLower(r)) + rest[n:]
	if !convertible(w) || ident(w) != name {
		return ""
	}
	return w
}

type edit struct {
	from, to int
	text     string
}

// run rewrites the string-form calls of the package in dir (when rewrite
// is set) and writes its table of word numbers; verbose lists the calls
// left in the string form.
func run(dir string, rewrite, verbose bool) error {
	paths, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		return err
	}
	words := map[string]bool{}
	arities := map[int]bool{}
	type file struct {
		path  string
		src   []byte
		edits []edit
	}
	var files []*file
	kept := 0
	for _, p := range paths {
		base := filepath.Base(p)
		if strings.HasSuffix(base, "_test.go") || base == genFile || strings.HasPrefix(base, "zz_") {
			continue
		}
		src, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, p, src, parser.ParseComments)
		if err != nil {
			return err
		}
		// The rewrite reads syntax only: it relies on token being the
		// only type with a method called is.
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Name.Name == "is" && fd.Recv != nil {
				recv := fd.Recv.List[0].Type
				if st, ok := recv.(*ast.StarExpr); ok {
					recv = st.X
				}
				if id, ok := recv.(*ast.Ident); !ok || id.Name != "token" {
					return fmt.Errorf("%s: a method is on a type other than token; the rewrite would be unsafe", fset.Position(fd.Pos()))
				}
			}
		}
		fl := &file{path: p, src: src}
		off := func(pos token.Pos) int { return fset.Position(pos).Offset }
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			sel, ok := call.Fun.(*ast.SelectorExpr)
			if !ok {
				return true
			}
			switch {
			case isN.MatchString(sel.Sel.Name):
				// Already converted: its words stay in the table.
				for _, a := range call.Args {
					if id, ok := a.(*ast.Ident); ok {
						if w := wordOf(id.Name); w != "" {
							words[w] = true
						}
					}
				}
				arities[len(call.Args)] = true
			case sel.Sel.Name == "is" && len(call.Args) > 0 && call.Ellipsis == token.NoPos:
				var ws []string
				for _, a := range call.Args {
					lit, ok := a.(*ast.BasicLit)
					if !ok || lit.Kind != token.STRING {
						ws = nil
						break
					}
					w, err := strconv.Unquote(lit.Value)
					if err != nil || !convertible(w) {
						ws = nil
						break
					}
					ws = append(ws, w)
				}
				if ws == nil {
					kept++
					if verbose {
						fmt.Fprintf(os.Stderr, "%s: left as is\n", fset.Position(call.Pos()))
					}
					return true
				}
				for _, w := range ws {
					words[w] = true
				}
				arities[len(ws)] = true
				if rewrite {
					fl.edits = append(fl.edits, edit{off(sel.Sel.Pos()), off(sel.Sel.End()), "is" + strconv.Itoa(len(ws))})
					for i, a := range call.Args {
						fl.edits = append(fl.edits, edit{off(a.Pos()), off(a.End()), ident(ws[i])})
					}
				}
			}
			return true
		})
		files = append(files, fl)
	}
	for _, fl := range files {
		if len(fl.edits) == 0 {
			continue
		}
		sort.Slice(fl.edits, func(i, j int) bool { return fl.edits[i].from > fl.edits[j].from })
		out := slices.Clone(fl.src)
		for _, e := range fl.edits {
			out = slices.Concat(out[:e.from], []byte(e.text), out[e.to:])
		}
		formatted, err := format.Source(out)
		if err != nil {
			return fmt.Errorf("%s: %w", fl.path, err)
		}
		if err := os.WriteFile(fl.path, formatted, 0o644); err != nil {
			return err
		}
	}
	gen, err := generate(words, arities)
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, genFile), gen, 0o644); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "isids: %d words, arities %v; %d calls left in the string form\n", len(words), slices.Sorted(maps.Keys(arities)), kept)
	return nil
}

// generate writes the table file: a constant for each word, the words in
// their order, and a method isN for each number of words a call asks.
func generate(words map[string]bool, arities map[int]bool) ([]byte, error) {
	ws := make([]string, 0, len(words))
	for w := range words {
		ws = append(ws, w)
	}
	sort.Strings(ws)
	if len(ws) >= 1<<16-1 {
		return nil, fmt.Errorf("%d words: a wordID holds fewer", len(ws))
	}
	var b bytes.Buffer
	b.WriteString("// Code generated by isids (go generate ./corpus/extract); DO NOT EDIT.\n\n")
	b.WriteString("package extract\n\n")
	b.WriteString("// The numbers of the words rules ask tokens about (see wordID), one\n// for each word written in a call of an isN method.\n")
	b.WriteString("const (\n\twdNone wordID = iota\n")
	for _, w := range ws {
		fmt.Fprintf(&b, "\t%s\n", ident(w))
	}
	b.WriteString(")\n\n")
	b.WriteString("// idWords are the words the wordID constants number, in their order,\n// after \"\" for none.\n")
	b.WriteString("var idWords = [...]string{\"\",\n")
	for _, w := range ws {
		fmt.Fprintf(&b, "\t%s,\n", strconv.Quote(w))
	}
	b.WriteString("}\n")
	ns := slices.Sorted(maps.Keys(arities))
	for _, n := range ns {
		params := make([]string, n)
		for i := range params {
			params[i] = "w" + strconv.Itoa(i+1)
		}
		list := strings.Join(params, ", ")
		what := fmt.Sprintf("one of %d words", n)
		if n == 1 {
			what = "the word"
		}
		fmt.Fprintf(&b, "\n// is%d reports whether the token is %s, as is does from the\n// text. The switch inlines, at a call with constants, to comparisons of\n// the token's number with each.\n", n, what)
		fmt.Fprintf(&b, "func (t *token) is%d(%s wordID) bool {\n", n, list)
		fmt.Fprintf(&b, "\tswitch t.id {\n\tcase %s:\n\t\treturn true\n\t}\n\treturn false\n}\n", list)
	}
	return format.Source(b.Bytes())
}
