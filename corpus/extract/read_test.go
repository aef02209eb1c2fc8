package extract

import (
	"context"
	"reflect"
	"slices"
	"testing"

	"github.com/dealbot/dealbot/corpus"
)

// TestReadAgreesWithItsParts checks that Read finds in every shipped and
// dev article what Extract, CompaniesIn (of the title, then the body) and
// OrganisationsIn find apart.
func TestReadAgreesWithItsParts(t *testing.T) {
	x := New()
	n := 0
	for _, dir := range []string{"../articles", "../testdata/real/dev"} {
		loaded, err := corpus.LoadDir(context.Background(), dir)
		if err != nil {
			t.Fatal(err)
		}
		if len(loaded.Articles) == 0 {
			t.Fatalf("no articles in %s", dir)
		}
		for _, a := range loaded.Articles {
			n++
			got := x.Read(a)
			if want := x.Extract(a); !reflect.DeepEqual(got.Facts, want) {
				t.Errorf("%s: Read's facts\n%v\nExtract's\n%v", a.ID, got.Facts, want)
			}
			// The title and the body are named apart: read as one text,
			// a title's last word would run into the body's first.
			want := x.CompaniesIn(a.Title)
			for _, c := range x.CompaniesIn(a.Body) {
				if !slices.Contains(want, c) {
					want = append(want, c)
				}
			}
			if !reflect.DeepEqual(got.Companies, want) {
				t.Errorf("%s: Read's companies %q, CompaniesIn's %q", a.ID, got.Companies, want)
			}
			if joined := x.CompaniesIn(a.Title + "\n" + a.Body); !reflect.DeepEqual(got.Companies, joined) {
				t.Logf("%s: read as one text, title and body name %q", a.ID, joined)
			}
			if want := x.OrganisationsIn(a.Body); !reflect.DeepEqual(got.Organisations, want) {
				t.Errorf("%s: Read's organisations %v, OrganisationsIn's %v", a.ID, got.Organisations, want)
			}
		}
	}
	t.Logf("%d articles", n)
}
