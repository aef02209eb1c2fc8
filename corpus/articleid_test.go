package corpus

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"testing"
)

// articleIDByFields is ArticleID as first written, with the text folded by
// strings.Fields; IDs of articles already indexed depend on it.
func articleIDByFields(title, body string) string {
	h := sha256.New()
	h.Write([]byte(strings.Join(strings.Fields(title), " ")))
	h.Write([]byte{0})
	h.Write([]byte(strings.Join(strings.Fields(body), " ")))
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// TestArticleIDFoldsAsFields keeps article IDs what they were: white space
// folded exactly as strings.Fields splits, Unicode spaces and invalid
// UTF-8 included.
func TestArticleIDFoldsAsFields(t *testing.T) {
	texts := []string{
		"", " ", "a", " a ", "a  b", "\ta\n\nb\r\n", "a\vb\fc",
		"Contoso\u00a0raised\u2003$5\u00a0million", "x\u0085y", "\u3000Fabrikam\u3000",
		"bad \xff\xfe utf8", "\xe2\x80 cut", "a\x00b", "ünïcödé words  here",
		"Northwind buys Tailspin for $2.1 billion.\n\nThe deal closes in Q3.",
	}
	for _, title := range texts {
		for _, body := range texts {
			if got, want := ArticleID(title, body), articleIDByFields(title, body); got != want {
				t.Errorf("ArticleID(%q, %q) = %s, want %s", title, body, got, want)
			}
		}
	}
}

// FuzzArticleIDFoldsAsFields checks ArticleID against the strings.Fields
// spelling on any title and body, so that no white space or broken UTF-8
// a feed sends changes an article's ID.
func FuzzArticleIDFoldsAsFields(f *testing.F) {
	f.Add("Contoso raises $5M", "Contoso\u00a0raised  $5 million\n\nfrom Fabrikam.")
	f.Fuzz(func(t *testing.T, title, body string) {
		if got, want := ArticleID(title, body), articleIDByFields(title, body); got != want {
			t.Errorf("ArticleID(%q, %q) = %s, want %s", title, body, got, want)
		}
	})
}

// BenchmarkArticleID compares ArticleID with the strings.Fields spelling
// it replaced, on an article-sized text.
func BenchmarkArticleID(b *testing.B) {
	body := strings.Repeat("Northwind said on Tuesday it would buy Tailspin for $2.1 billion,\nits largest deal.  ", 60)
	b.Run("folded", func(b *testing.B) {
		b.SetBytes(int64(len(body)))
		for b.Loop() {
			ArticleID("Northwind buys Tailspin", body)
		}
	})
	b.Run("fields", func(b *testing.B) {
		b.SetBytes(int64(len(body)))
		for b.Loop() {
			articleIDByFields("Northwind buys Tailspin", body)
		}
	})
}
