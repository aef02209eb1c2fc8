package corpus

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestZZDump(t *testing.T) {
	paths := os.Getenv("DUMP")
	if paths == "" {
		t.Skip()
	}
	ex := NewExtractor()
	for _, p := range strings.Fields(paths) {
		if strings.Contains(p, "real/test") {
			t.Fatal("held out")
		}
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		var arts []Article
		if strings.HasSuffix(p, ".md") {
			arts, _ = parseMarkdown(filepath.Base(p), data)
		} else {
			arts = []Article{{Title: "", Body: string(data)}}
		}
		for _, a := range arts {
			fmt.Println("==", p)
			for _, f := range ex.Extract(a) {
				fmt.Printf("  %-12s %-14s %-22s %v type=%s st=%s per=%s meas=%s reg=%s\n     | %s\n", f.Kind, f.Text, f.Rule, f.Parties, f.DealType, f.Status, f.Period, f.Measurer, f.Region, f.Sentence)
			}
		}
	}
}
