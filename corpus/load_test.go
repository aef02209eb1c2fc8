package corpus

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

// wantProblem describes an expected Problem: exact path, line and
// warning flag, and a substring of the reason.
type wantProblem struct {
	path    string
	line    int
	reason  string
	warning bool
}

func checkProblems(t *testing.T, got []Problem, want []wantProblem) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("got %d problems, want %d:", len(got), len(want))
		for _, p := range got {
			t.Errorf("  got %v (warning %v)", p, p.Warning)
		}
		return
	}
	for i, w := range want {
		g := got[i]
		if g.Path != w.path || g.Line != w.line || g.Warning != w.warning || !strings.Contains(g.Reason, w.reason) {
			t.Errorf("problem %d = %v (warning %v), want %s:%d: ...%s... (warning %v)", i, g, g.Warning, w.path, w.line, w.reason, w.warning)
		}
	}
}

var idPattern = regexp.MustCompile(`^[0-9a-f]{16}$`)

// checkArticles compares articles field by field; IDs are checked for form
// only.
func checkArticles(t *testing.T, got, want []Article) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("got %d articles, want %d:", len(got), len(want))
		for _, a := range got {
			t.Errorf("  got %s %q", a.Path, a.Title)
		}
		return
	}
	for i, w := range want {
		g := got[i]
		if !idPattern.MatchString(g.ID) {
			t.Errorf("%s: ID %q is not 16 hex digits", g.Path, g.ID)
		}
		g.ID = ""
		if g.Path != w.Path {
			t.Errorf("article %d path = %q, want %q", i, g.Path, w.Path)
			continue
		}
		if g.Title != w.Title {
			t.Errorf("%s: title = %q, want %q", w.Path, g.Title, w.Title)
		}
		if g.Body != w.Body {
			t.Errorf("%s: body =\n%q\nwant\n%q", w.Path, g.Body, w.Body)
		}
		if !g.Published.Equal(w.Published) {
			t.Errorf("%s: published = %v, want %v", w.Path, g.Published, w.Published)
		}
		if g.Publication != w.Publication {
			t.Errorf("%s: publication = %q, want %q", w.Path, g.Publication, w.Publication)
		}
		if g.URL != w.URL {
			t.Errorf("%s: url = %q, want %q", w.Path, g.URL, w.URL)
		}
	}
}

func date(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func TestLoadDirGood(t *testing.T) {
	seed, err := os.ReadFile("testdata/load/good/amazon-microsoft-365.txt")
	if err != nil {
		t.Fatal(err)
	}
	seedLines := strings.Split(strings.TrimSpace(string(seed)), "\n")

	want := []Article{
		{
			Path:  "amazon-microsoft-365.txt",
			Title: "Amazon Commits Over $1 Billion to Microsoft for Cloud Services",
			// The seed has no blank lines: each line is a paragraph.
			Body: strings.Join(seedLines[1:], "\n\n"),
		},
		{
			Path:  "aws-anthropic.html",
			Title: "Amazon to Invest Up to $4 Billion in Anthropic",
			Body: "Amazon said on Monday it would invest up to $4 billion in Anthropic, the artificial intelligence start-up, and take a minority stake in the company, as the race to lead in generative AI heats up.\n\n" +
				"As part of the deal, Anthropic will use Amazon Web Services as its primary cloud provider for mission-critical workloads, including safety research and future foundation model development.\n\n" +
				"Anthropic will also use AWS Trainium and Inferentia chips to build, train and deploy its future models, the companies said in a joint statement on Monday morning.\n\n" +
				"The investment is the latest in a string of deals between big cloud providers and AI developers, following Microsoft's multibillion-dollar investment in OpenAI earlier this year.",
			Published:   time.Date(2023, 9, 25, 12, 30, 0, 0, time.UTC),
			Publication: "Example News",
			URL:         "https://example.com/tech/amazon-anthropic",
		},
		{
			Path:        "feed.jsonl:1",
			Title:       "Salesforce Commits $2 Billion to Google Cloud",
			Body:        "Salesforce will spend $2 billion on Google Cloud over seven years.\n\nThe deal was announced on Tuesday.",
			Published:   date(2024, 9, 10),
			Publication: "The Information",
			URL:         "https://example.com/sf-google",
		},
		{
			Path:        "feed.jsonl:3",
			Title:       "Microsoft and Oracle Extend Partnership",
			Body:        "Microsoft and Oracle expanded their cloud partnership.",
			Published:   date(2023, 9, 14),
			Publication: "CNBC",
		},
		{
			Path:        "jedi.txt",
			Title:       "Microsoft wins the JEDI contract",
			Body:        "The Pentagon awarded Microsoft the JEDI cloud contract, worth up to $10 billion over ten years.",
			Published:   date(2019, 10, 25),
			Publication: "Example Wire",
			URL:         "https://example.com/jedi",
		},
		{
			Path:        "microsoft-openai.markdown",
			Title:       "Microsoft Extends OpenAI Partnership",
			Body:        "Intro line before the heading is kept.\n\nMicrosoft is making a multibillion dollar investment in OpenAI, reportedly worth $10 billion.\n\nThe snake_case_name stays as it is, and 2 * 3 * 4 too.",
			Published:   date(2023, 1, 23),
			Publication: "The Verge",
		},
		{
			Path:  "nested/google-anthropic.txt",
			Title: "Google Agrees to Invest Up to $2 Billion in Anthropic",
			Body:  "Google has agreed to invest up to $2 billion in Anthropic, the artificial intelligence start-up, a person familiar with the matter said.\n\nThe deal includes $500 million upfront and $1.5 billion over time.",
			URL:   "https://example.com/news/google-anthropic",
		},
		{
			Path:        "oracle-openai.md",
			Title:       "Oracle and OpenAI Sign $30 Billion Cloud Contract",
			Body:        "Oracle said on Wednesday it had signed a cloud deal worth about $30 billion a year, according to a filing.\n\nCapacity\n\n4.5 gigawatts of data-center capacity\n\npart of the Stargate project\n\nShares of ORCL rose 5%.",
			Published:   date(2025, 7, 2),
			Publication: "Reuters",
			URL:         "https://example.com/oracle-openai",
		},
	}

	got, err := LoadDir(context.Background(), "testdata/load/good")
	if err != nil {
		t.Fatal(err)
	}
	checkArticles(t, got.Articles, want)
	checkProblems(t, got.Problems, nil)
}

func TestLoadDirBad(t *testing.T) {
	got, err := LoadDir(context.Background(), "testdata/load/bad")
	if err != nil {
		t.Fatal(err)
	}
	checkProblems(t, got.Problems, []wantProblem{
		{"bad-yaml.md", 2, "front matter is not valid YAML", false},
		{"binary.html", 0, "binary file", false},
		{"blank.md", 0, "empty file", false},
		{"empty.txt", 0, "empty file", false},
		{"latin1-line3.txt", 3, "not UTF-8 text (invalid byte at offset 25): re-save the file as UTF-8", false},
		{"latin1.txt", 1, "not UTF-8 text", false},
		{"lines.jsonl", 2, "not valid JSON", false},
		{"lines.jsonl", 3, `missing "title"`, false},
		{"lines.jsonl", 5, `missing "body"`, false},
		{"lines.jsonl", 6, `date "sometime soon" is not a date`, true},
		{"lines.jsonl", 7, "not a JSON object", false},
		{"lines.jsonl", 8, `field "title" is a JSON number`, false},
		{"no-heading.md", 0, "no title", false},
		{"no-text.html", 0, "no article text", false},
		{"odd-date.md", 0, `front matter date "next Tuesday" is not a date`, true},
		{"odd-date.txt", 5, `date "the week after next" is not a date`, true},
		{"title-only.txt", 0, "no article text after the title line", false},
		{"unclosed.md", 1, "front matter starts with --- but never ends: add a closing --- line", false},
	})
	// Good lines of a bad file, and an article with a bad date, are kept.
	checkArticles(t, got.Articles, []Article{
		{Path: "lines.jsonl:1", Title: "Good Line One", Body: "Kept despite the bad lines below."},
		{Path: "lines.jsonl:6", Title: "Good Line Six", Body: "Also kept."},
		{Path: "odd-date.md", Title: "Deal With Odd Date", Body: "The text is still loaded."},
		{Path: "odd-date.txt", Title: "Deal with an odd dated text file", Body: "The text is kept even though its date line cannot be read."},
	})
	if n := len(got.Errors()); n != 15 {
		t.Errorf("Errors() has %d problems, want 15", n)
	}
}

func TestLoadDuplicates(t *testing.T) {
	got, err := LoadDir(context.Background(), "testdata/load/dup")
	if err != nil {
		t.Fatal(err)
	}
	var paths []string
	for _, a := range got.Articles {
		paths = append(paths, a.Path)
	}
	if want := []string{"a.txt", "feed.jsonl:1"}; !slices.Equal(paths, want) {
		t.Errorf("paths = %q, want %q", paths, want)
	}
	checkProblems(t, got.Problems, []wantProblem{
		{"feed.jsonl", 2, "duplicate of a.txt", true},
		{"moved/b.txt", 0, "duplicate of a.txt", true},
	})
}

func TestArticleIDStable(t *testing.T) {
	a, _ := parseTxt("a.txt", []byte("Title\n\nOne  para\n\nTwo\n"))
	b, _ := parseMarkdown("elsewhere/b.md", []byte("# Title\n\nOne para\n\nTwo\n"))
	c, _ := parseTxt("c.txt", []byte("Title\n\nOne para\n\nThree\n"))
	if len(a) != 1 || len(b) != 1 || len(c) != 1 {
		t.Fatalf("parse failed: %v %v %v", a, b, c)
	}
	if a[0].ID != b[0].ID {
		t.Errorf("same text in two files has IDs %s and %s", a[0].ID, b[0].ID)
	}
	if a[0].ID == c[0].ID {
		t.Errorf("different text has the same ID %s", a[0].ID)
	}
}

func TestLoadOrder(t *testing.T) {
	fsys := fstest.MapFS{
		"b.jsonl":     {Data: []byte(strings.Repeat("\n", 1) + `{"title":"B2","body":"x"}` + strings.Repeat("\n", 8) + `{"title":"B10","body":"y"}` + "\n")},
		"a/b.txt":     {Data: []byte("AB\nbody ab\n")},
		"a.txt":       {Data: []byte("A\nbody a\n")},
		"c/d/e.md":    {Data: []byte("# CDE\n\nbody cde\n")},
		"c/readme":    {Data: []byte("not an article")},
		"c/.hide.txt": {Data: []byte("Hidden\nbody\n")},
	}
	var first []string
	for i := range 3 {
		got, err := LoadFS(context.Background(), fsys)
		if err != nil {
			t.Fatal(err)
		}
		checkProblems(t, got.Problems, nil)
		var paths []string
		for _, a := range got.Articles {
			paths = append(paths, a.Path)
		}
		if i == 0 {
			first = paths
			if want := []string{"a.txt", "a/b.txt", "b.jsonl:2", "b.jsonl:10", "c/d/e.md"}; !slices.Equal(paths, want) {
				t.Errorf("paths = %q, want %q", paths, want)
			}
		} else if !slices.Equal(paths, first) {
			t.Errorf("load %d gave %q, first gave %q", i, paths, first)
		}
	}
}

func TestLoadFSMapFS(t *testing.T) {
	fsys := fstest.MapFS{
		"deals/one.txt":   {Data: []byte("\ufeffOne Deal\r\nFirst line.\r\nSecond line.\r\nSource: Reuters\r\n")},
		"deals/two.md":    {Data: []byte("---\ntitle: Two\ndate: 2023-10-04T09:30:00+02:00\n---\nBody *two*.\n")},
		"deals/big.txt":   {Data: []byte("Big\nx\n"), Mode: 0o644},
		"deals/three.htm": {Data: []byte(`<title>Three</title><h1>Ignored H1</h1><p>Body three.</p><time datetime="Oct 4, 2023">`)},
	}
	got, err := LoadFS(context.Background(), fsys)
	if err != nil {
		t.Fatal(err)
	}
	checkProblems(t, got.Problems, nil)
	checkArticles(t, got.Articles, []Article{
		{Path: "deals/big.txt", Title: "Big", Body: "x"},
		{Path: "deals/one.txt", Title: "One Deal", Body: "First line.\n\nSecond line.", Publication: "Reuters"},
		{Path: "deals/three.htm", Title: "Three", Body: "Ignored H1\n\nBody three.", Published: date(2023, 10, 4)},
		{Path: "deals/two.md", Title: "Two", Body: "Body two.", Published: time.Date(2023, 10, 4, 7, 30, 0, 0, time.UTC)},
	})
}

// errFS is a file system whose Open fails for the names in fail.
type errFS struct {
	fs.FS
	fail map[string]error
}

func (f errFS) Open(name string) (fs.File, error) {
	if err, ok := f.fail[name]; ok {
		return nil, &fs.PathError{Op: "open", Path: name, Err: err}
	}
	return f.FS.Open(name)
}

var _ fs.FS = errFS{}

func TestLoadFSReadErrors(t *testing.T) {
	fsys := errFS{
		FS: fstest.MapFS{
			"locked.txt":    {Data: []byte("Locked\nbody\n")},
			"gone.md":       {Data: []byte("# Gone\nbody\n")},
			"ok.txt":        {Data: []byte("OK\nbody\n")},
			"sub/inner.txt": {Data: []byte("Inner\nbody\n")},
		},
		fail: map[string]error{
			"locked.txt": fs.ErrPermission,
			"gone.md":    fs.ErrNotExist,
			"sub":        fs.ErrPermission,
		},
	}
	got, err := LoadFS(context.Background(), fsys)
	if err != nil {
		t.Fatal(err)
	}
	checkArticles(t, got.Articles, []Article{{Path: "ok.txt", Title: "OK", Body: "body"}})
	checkProblems(t, got.Problems, []wantProblem{
		{"gone.md", 0, "cannot read file: it no longer exists", false},
		{"locked.txt", 0, "cannot read file: permission denied", false},
		{"sub", 0, "cannot read directory: permission denied", false},
	})
}

func TestLoadDirFileSystem(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		t.Helper()
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	link := func(target, name string) {
		t.Helper()
		if err := os.Symlink(target, filepath.Join(dir, filepath.FromSlash(name))); err != nil {
			t.Skipf("symlinks not supported: %v", err)
		}
	}
	write("real/deal.txt", "Real Deal\nbody\n")
	write("other/note.txt", "Other Note\nbody\n")
	// A loop: real/loop leads back to real.
	link("..", "real/loop")
	// A symlinked file and a symlinked directory are followed.
	link("other/note.txt", "linked-note.txt")
	link("other", "linked-dir")
	// A link to itself, and one to nothing.
	link("self.txt", "self.txt")
	link("missing.txt", "broken.txt")
	// Over the size limit: a sparse file, never read.
	big, err := os.Create(filepath.Join(dir, "big.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if err := big.Truncate(12_900_000); err != nil {
		t.Fatal(err)
	}
	big.Close()

	done := make(chan struct{})
	var got Loaded
	go func() {
		defer close(done)
		got, err = LoadDir(context.Background(), dir)
	}()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("LoadDir did not return: symlink loop?")
	}
	if err != nil {
		t.Fatal(err)
	}
	var paths []string
	for _, a := range got.Articles {
		paths = append(paths, a.Path)
	}
	if want := []string{"linked-dir/note.txt", "real/deal.txt"}; !slices.Equal(paths, want) {
		t.Errorf("paths = %q, want %q", paths, want)
	}
	checkProblems(t, got.Problems, []wantProblem{
		{"big.txt", 0, "over the 10 MB limit (12.3 MB)", false},
		{"broken.txt", 0, "broken symbolic link", false},
		{"linked-note.txt", 0, "duplicate of linked-dir/note.txt", true},
		{"other", 0, "same directory as linked-dir", true},
		{"real/loop", 0, "symbolic link loop", false},
		{"self.txt", 0, "symbolic link loop", false},
	})
}

func TestLoadDirUnreadable(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root can read files without read permission; TestLoadFSReadErrors covers the read failure")
	}
	dir := t.TempDir()
	for _, name := range []string{"locked.txt", "ok.txt"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("Title\nbody "+name+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Mkdir(filepath.Join(dir, "lockeddir"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"locked.txt", "lockeddir"} {
		p := filepath.Join(dir, name)
		if err := os.Chmod(p, 0); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { os.Chmod(p, 0o755) })
	}
	got, err := LoadDir(context.Background(), dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Articles) != 1 || got.Articles[0].Path != "ok.txt" {
		t.Errorf("articles = %v, want ok.txt only", got.Articles)
	}
	checkProblems(t, got.Problems, []wantProblem{
		{"locked.txt", 0, "permission denied", false},
		{"lockeddir", 0, "permission denied", false},
	})
}

func TestLoadDirErrors(t *testing.T) {
	ctx := context.Background()
	if _, err := LoadDir(ctx, filepath.Join(t.TempDir(), "missing")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("missing dir: err = %v, want fs.ErrNotExist", err)
	}
	if _, err := LoadDir(ctx, "testdata/load/good/feed.jsonl"); err == nil {
		t.Error("a file as dir: err = nil, want an error")
	}
	canceled, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := LoadDir(canceled, "testdata/load/good"); !errors.Is(err, context.Canceled) {
		t.Errorf("canceled: err = %v, want context.Canceled", err)
	}
	if _, err := LoadFS(ctx, errFS{FS: fstest.MapFS{}, fail: map[string]error{".": fs.ErrPermission}}); !errors.Is(err, fs.ErrPermission) {
		t.Errorf("unreadable root: err = %v, want fs.ErrPermission", err)
	}
}

func TestEmbedded(t *testing.T) {
	got, err := LoadFS(context.Background(), Embedded())
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range got.Errors() {
		t.Errorf("embedded corpus: %v", p)
	}
	if len(got.Articles) < 1 {
		t.Errorf("embedded corpus has %d articles, want at least 1", len(got.Articles))
	}
}

func TestProblemString(t *testing.T) {
	for _, tc := range []struct {
		p    Problem
		want string
	}{
		{Problem{Path: "a/b.txt", Reason: "empty file"}, "a/b.txt: empty file"},
		{Problem{Path: "f.jsonl", Line: 3, Reason: "not valid JSON"}, "f.jsonl:3: not valid JSON"},
	} {
		if got := tc.p.String(); got != tc.want {
			t.Errorf("String() = %q, want %q", got, tc.want)
		}
	}
}

func TestParseDate(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want time.Time
	}{
		{"2023-10-04", date(2023, 10, 4)},
		{" 2023-10-04\n", date(2023, 10, 4)},
		{"October 4, 2023", date(2023, 10, 4)},
		{"Oct 4, 2023", date(2023, 10, 4)},
		{"October 04, 2023", date(2023, 10, 4)},
		{"May 4, 2023", date(2023, 5, 4)},
		{"4 October 2023", date(2023, 10, 4)},
		{"2023-10-04T09:30:00Z", time.Date(2023, 10, 4, 9, 30, 0, 0, time.UTC)},
		{"2023-10-04T09:30:00.123+02:00", time.Date(2023, 10, 4, 7, 30, 0, 123e6, time.UTC)},
		{"Wed, 04 Oct 2023 09:30:00 GMT", time.Date(2023, 10, 4, 9, 30, 0, 0, time.UTC)},
		{"Wed, 04 Oct 2023 09:30:00 -0500", time.Date(2023, 10, 4, 14, 30, 0, 0, time.UTC)},
	} {
		got, err := ParseDate(tc.in)
		if err != nil || !got.Equal(tc.want) {
			t.Errorf("ParseDate(%q) = %v, %v; want %v", tc.in, got, err, tc.want)
		}
	}
	for _, in := range []string{"", "  ", "yesterday", "2023-13-01", "2023/10/04", "Oct. 4, 2023", "Octo 4, 2023", "04.10.2023", "2023-10-04T09:30:00", "1696411800"} {
		if got, err := ParseDate(in); err == nil {
			t.Errorf("ParseDate(%q) = %v, want an error", in, got)
		}
	}
}

func TestParseTxt(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   string
		want Article
	}{
		{"source url", "T\nbody\nSource: https://x.example/a", Article{Title: "T", Body: "body", URL: "https://x.example/a"}},
		{"source name", "T\nbody\nsource:  The   Verge ", Article{Title: "T", Body: "body", Publication: "The Verge"}},
		{"source not last", "T\nSource: https://x.example/a\nbody", Article{Title: "T", Body: "Source: https://x.example/a\n\nbody"}},
		{"paragraphs", "  T  \n\n a\n b \n\n\n c\n", Article{Title: "T", Body: "a b\n\nc"}},
		{"crlf and bom", "\ufeffT\r\nl1\r\nl2\r\n", Article{Title: "T", Body: "l1\n\nl2"}},
		{"lone cr", "T\rl1\rl2", Article{Title: "T", Body: "l1\n\nl2"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			arts, probs := parseTxt("x.txt", []byte(tc.in))
			if len(probs) != 0 || len(arts) != 1 {
				t.Fatalf("got %v, %v", arts, probs)
			}
			tc.want.Path = "x.txt"
			checkArticles(t, arts, []Article{tc.want})
		})
	}
	_, probs := parseTxt("u.txt", []byte("\xff\xfeT\x00i\x00"))
	checkProblems(t, probs, []wantProblem{{"u.txt", 0, "UTF-16 text: re-save the file as UTF-8", false}})
}

func TestParseMarkdown(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   string
		want Article
	}{
		{"setext title", "Big Deal\n========\n\nText.\n", Article{Title: "Big Deal", Body: "Text."}},
		{"heading title from level 2", "## Only H2\n\nText.\n", Article{Title: "Only H2", Body: "Text."}},
		{"front matter title kept, other h1 in body", "---\ntitle: FM\n---\n# Other\n\nText.\n", Article{Title: "FM", Body: "Other\n\nText."}},
		{"closing hashes", "# Title #\n\nText.\n", Article{Title: "Title", Body: "Text."}},
		{"empty front matter", "---\n---\n# T\n\nx\n", Article{Title: "T", Body: "x"}},
		{"dots close front matter", "---\nsource: S\n...\n# T\nx\n", Article{Title: "T", Body: "x", Publication: "S"}},
		{"code fence", "# T\n\n```go\nx := *p\n```\n\nafter\n", Article{Title: "T", Body: "x := *p\n\nafter"}},
		{"inline", "# T\n\n> quoted __strong__ ~~old~~ ![img](i.png) <https://a.example> \\*lit\\* [ref][1]\n\n[1]: https://b.example\n\n---\n", Article{Title: "T", Body: "quoted strong old img https://a.example *lit* ref"}},
		{"numbered list", "# T\n\n1. one\n2) two\n", Article{Title: "T", Body: "one\n\ntwo"}},
		{"date as number", "---\ndate: 20231004\n---\n# T\nx\n", Article{Title: "T", Body: "x"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			arts, probs := parseMarkdown("x.md", []byte(tc.in))
			if len(arts) != 1 {
				t.Fatalf("got %v, %v", arts, probs)
			}
			for _, p := range probs {
				if !p.Warning {
					t.Errorf("problem %v", p)
				}
			}
			tc.want.Path = "x.md"
			checkArticles(t, arts, []Article{tc.want})
		})
	}
	_, probs := parseMarkdown("t.md", []byte("---\ntitle: [a, b]\n---\n# T\nx\n"))
	checkProblems(t, probs, []wantProblem{{"t.md", 2, "front matter is not valid YAML", false}})
}

func TestParseHTML(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   string
		want Article
	}{
		{
			"h1 title, og url, time",
			`<body><h1>Headline</h1><p>Para one.</p><p>Para two.</p><time datetime="2023-10-04">Oct 4</time><meta property="og:url" content="https://e.example/og"></body>`,
			Article{Title: "Headline", Body: "Para one.\n\nPara two.\n\nOct 4", URL: "https://e.example/og", Published: date(2023, 10, 4)},
		},
		{
			"suffix kept when not the site name",
			`<title>Deal | Other</title><meta property="og:site_name" content="Site"><p>Text.</p>`,
			Article{Title: "Deal | Other", Body: "Text.", Publication: "Site"},
		},
		{
			"br breaks",
			`<title>T</title><body><div>one<br>still one<br><br>two</div></body>`,
			Article{Title: "T", Body: "one still one\n\ntwo"},
		},
		{
			"declared latin-1",
			"<meta charset=\"iso-8859-1\"><title>Caf\xe9</title><p>Cr\xe8me.</p>",
			Article{Title: "Café", Body: "Crème."},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			arts, probs := parseHTML("x.html", []byte(tc.in))
			if len(probs) != 0 || len(arts) != 1 {
				t.Fatalf("got %v, %v", arts, probs)
			}
			tc.want.Path = "x.html"
			checkArticles(t, arts, []Article{tc.want})
		})
	}
	_, probs := parseHTML("d.html", []byte(`<title>T</title><meta property="article:published_time" content="soon"><p>x</p>`))
	checkProblems(t, probs, []wantProblem{{"d.html", 0, `article:published_time "soon" is not a date`, true}})
	_, probs = parseHTML("l.html", []byte("<title>Caf\xe9</title>"))
	checkProblems(t, probs, []wantProblem{{"l.html", 1, "not UTF-8 text", false}})
}

func TestHTMLParagraphsFallback(t *testing.T) {
	arts, probs := parseHTML("x.html", []byte(`<html><body>
<nav>Home | About</nav><script>var x;</script><style>p{}</style>
<article><header>Kicker</header><p>First   para.</p><ul><li>item one</li><li>item two</li></ul>
<table><tr><td>a</td><td>b</td></tr></table><p hidden>secret</p></article>
<footer>Copyright</footer></body></html>`))
	if len(arts) != 0 || len(probs) != 1 {
		// No title: the text is still checked through htmlParagraphs below.
		t.Logf("got %v %v", arts, probs)
	}
	doc := `<article><header>Kicker</header><p>First   para.</p><ul><li>item one</li><li>item two</li></ul><table><tr><td>a</td><td>b</td></tr></table><p hidden>secret</p><aside>Related</aside></article>`
	arts, _ = parseHTML("y.html", []byte("<title>T</title><nav>Menu</nav><script>bad()</script>"+doc+"<footer>Copyright</footer>"))
	if len(arts) != 1 {
		t.Fatalf("got %v", arts)
	}
	if want := "First para.\n\nitem one\n\nitem two\n\na b"; arts[0].Body != want {
		t.Errorf("body = %q, want %q", arts[0].Body, want)
	}
}

func TestParseJSONL(t *testing.T) {
	arts, probs := parseJSONL("f.jsonl", []byte("\ufeff"+`{"title":"T","body":"a\nb","date":20231004}`+"\r\n"+`{"title":"T2","body":"  ","text":"from text"}`))
	checkArticles(t, arts, []Article{
		{Path: "f.jsonl:1", Title: "T", Body: "a\n\nb"},
		{Path: "f.jsonl:2", Title: "T2", Body: "from text"},
	})
	checkProblems(t, probs, []wantProblem{{"f.jsonl", 1, `date "20231004" is not a date`, true}})

	long := `{"title":"Long","body":"` + strings.Repeat("word ", 200_000) + `"}`
	arts, probs = parseJSONL("l.jsonl", []byte(long+"\n"+"{\"title\":\"Bad \xff\",\"body\":\"x\"}\n"))
	if len(arts) != 1 || len(arts[0].Body) != len("word ")*200_000-1 {
		t.Errorf("long line not loaded whole: %d articles", len(arts))
	}
	checkProblems(t, probs, []wantProblem{{"l.jsonl", 2, "not UTF-8 text", false}})

	_, probs = parseJSONL("e.jsonl", []byte("\n \n"))
	checkProblems(t, probs, []wantProblem{{"e.jsonl", 0, "empty file", false}})
	_, probs = parseJSONL("b.jsonl", []byte("{\"title\":\"x\x00\"}"))
	checkProblems(t, probs, []wantProblem{{"b.jsonl", 0, "binary file", false}})
}
