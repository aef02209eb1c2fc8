package index

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestZZDebug(t *testing.T) {
	qs := os.Getenv("QS")
	if qs == "" {
		t.Skip()
	}
	ix, _ := shipped()
	for _, q := range strings.Split(qs, ";") {
		a, err := ix.AskN(context.Background(), q, 8)
		fmt.Printf("== %s err=%v kind=%s view=%s order=%s steer=%v unmatched=%v widened=%v found=%v arts=%d+%d\n", q, err, a.Kind, a.View, a.Order, a.Steering, a.Unmatched, a.Widened, a.Found, len(a.Articles), a.MoreArticles)
		for _, f := range a.Facts {
			fmt.Printf("   %s %s %v %s | %s\n", f.Kind, f.Text, f.Companies, f.Published().Format("2006-01-02"), f.Sources[0].Title)
		}
	}
}

func TestZZCoverage(t *testing.T) {
	ix, _ := shipped()
	c, err := ix.Coverage(context.Background())
	fmt.Println(c, err)
}
