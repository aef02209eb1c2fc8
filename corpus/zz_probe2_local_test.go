package corpus

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestZZProbeTitle(t *testing.T) {
	for _, line := range strings.Split(os.Getenv("PROBE"), "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		fmt.Println("#", line)
		for _, f := range Extract(Article{ID: "x", Title: line, Body: "Nothing else to say here."}) {
			if isScored(f.Kind) {
				fmt.Printf("   %s %s %v %s %s %s\n", f.Kind, f.Text, f.Parties, f.DealType, f.Status, f.Rule)
			}
		}
	}
}
