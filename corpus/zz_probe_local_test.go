package corpus

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestZZProbe(t *testing.T) {
	k := DefaultKnowledge()
	for _, n := range []string{"Contoso", "Fabrikam", "Northwind"} {
		k.Companies = append(k.Companies, Company{Name: n})
	}
	ex, _ := NewExtractorWith(k)
	for _, line := range strings.Split(os.Getenv("PROBE"), "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		fmt.Println("#", line)
		for _, f := range ex.Extract(Article{ID: "x", Body: line}) {
			if isScored(f.Kind) {
				fmt.Printf("   %s %s %v %s %s %s\n", f.Kind, f.Text, f.Parties, f.DealType, f.Status, f.Rule)
			}
		}
	}
}
