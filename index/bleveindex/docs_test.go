package bleveindex

import (
	"cmp"
	"fmt"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2/document"
	"github.com/blevesearch/bleve/v2/mapping"
	index "github.com/blevesearch/bleve_index_api"

	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/corpus/extract"
	dealbotindex "github.com/dealbot/dealbot/index"
	"github.com/dealbot/dealbot/index/internal/synth"
)

// The documents docMaker makes are the ones the mapping makes from
// articleDoc and factDoc: the same fields, options, values, list positions
// and analysed terms, for synthetic articles (whose facts have periods,
// regions, measurers and markets), an undated one, and one whose date bleve
// cannot represent.
func TestDocMakerMapsAsTheMapping(t *testing.T) {
	m, err := newMapping()
	if err != nil {
		t.Fatal(err)
	}
	dm, err := newDocMaker(m)
	if err != nil {
		t.Fatal(err)
	}
	arts := synth.Articles(synth.Seed, 150)
	undated := oracleOpenAI
	undated.Published = time.Time{}
	ancient := amazonAnthropic
	ancient.Published = time.Date(1500, 1, 1, 0, 0, 0, 0, time.UTC)
	share := article("ms1", "Contoso leads cloud", "Contoso held 31% of the European cloud infrastructure market in the first quarter of 2025, according to Synergy Research Group.")
	arts = append(arts, undated, ancient, share)
	x := extract.New()
	seen := map[string]bool{}
	for _, a := range arts {
		e := dealbotindex.NewEntry(x, a)
		want, err := mapDocument(m, articleDocID(a.ID), articleDoc(a, e.Mentions))
		if err != nil {
			t.Fatal(err)
		}
		sameDocument(t, want, dm.article(a, e.Mentions), seen)
		for _, f := range e.Facts {
			want, err := mapDocument(m, f.ID, factDoc(f.Fact, a, f.Headline, f.Retold))
			if err != nil {
				t.Fatal(err)
			}
			sortOnlyDates(want)
			sameDocument(t, want, dm.fact(f.ID, f.Fact, a, f.Headline, f.Retold), seen)
		}
	}
	for _, field := range []string{fPeriod, fRegion, fMeasurer, fMarket, fPublished, fDateline, fCompanies} {
		if !seen[field] {
			t.Errorf("no document had a %s field: the test no longer covers it", field)
		}
	}
}

// sameDocument reports how got differs from want, noting in seen the
// fields with a value.
func sameDocument(t *testing.T, want, got *document.Document, seen map[string]bool) {
	t.Helper()
	if want.ID() != got.ID() {
		t.Fatalf("ID %q, want %q", got.ID(), want.ID())
	}
	byName := func(a, b document.Field) int {
		return cmp.Or(cmp.Compare(a.Name(), b.Name()), slices.Compare(a.ArrayPositions(), b.ArrayPositions()))
	}
	w, g := slices.SortedFunc(slices.Values(want.Fields), byName), slices.SortedFunc(slices.Values(got.Fields), byName)
	if len(w) != len(g) {
		t.Fatalf("%s: %d fields %v, want %d %v", want.ID(), len(g), names(g), len(w), names(w))
	}
	for i := range w {
		wf, gf := w[i], g[i]
		desc := fmt.Sprintf("%s: field %s%v", want.ID(), wf.Name(), wf.ArrayPositions())
		if wf.Name() != gf.Name() || len(wf.ArrayPositions()) != len(gf.ArrayPositions()) || !slices.Equal(wf.ArrayPositions(), gf.ArrayPositions()) {
			t.Fatalf("%s: got field %s%v", desc, gf.Name(), gf.ArrayPositions())
		}
		if reflect.TypeOf(wf) != reflect.TypeOf(gf) || wf.Options() != gf.Options() || string(wf.Value()) != string(gf.Value()) || wf.EncodedFieldType() != gf.EncodedFieldType() {
			t.Errorf("%s: got %T %v %q, want %T %v %q", desc, gf, gf.Options(), gf.Value(), wf, wf.Options(), wf.Value())
			continue
		}
		if wf.Options().IsIndexed() {
			wf.Analyze()
			gf.Analyze()
			if wf.AnalyzedLength() != gf.AnalyzedLength() || !reflect.DeepEqual(wf.AnalyzedTokenFrequencies(), gf.AnalyzedTokenFrequencies()) {
				t.Errorf("%s: analysed as %d terms %v, want %d %v", desc, gf.AnalyzedLength(), gf.AnalyzedTokenFrequencies(), wf.AnalyzedLength(), wf.AnalyzedTokenFrequencies())
			}
		}
		if len(wf.Value()) > 0 {
			seen[wf.Name()] = true
		}
	}
	if want.Indexed() != got.Indexed() {
		t.Errorf("%s: indexed %v, want %v", want.ID(), got.Indexed(), want.Indexed())
	}
}

func names(fs []document.Field) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Name())
	}
	return out
}

var _ index.Field = (*sortDate)(nil)

// mapDocument is what bleve's Batch.Index does before it queues a
// document: the mapping's way of making it, which docMaker must match.
func mapDocument(m mapping.IndexMapping, id string, data any) (*document.Document, error) {
	doc := document.NewDocument(id)
	if err := m.MapDocument(doc, data); err != nil {
		return nil, err
	}
	return doc, nil
}

// sortOnlyDates makes a fact document's date a sortDate, as docMaker does.
func sortOnlyDates(doc *document.Document) {
	for i, f := range doc.Fields {
		if dt, ok := f.(*document.DateTimeField); ok && f.Name() == fPublished {
			doc.Fields[i] = &sortDate{DateTimeField: dt}
		}
	}
}

// articleDoc is an article's document as a map for the mapping, the
// form docMaker.article must match.
func articleDoc(a corpus.Article, companies []string) map[string]any {
	d := map[string]any{
		fType:        typeArticle,
		fArticle:     a.ID,
		fTitle:       a.Title,
		fBody:        a.Body,
		fMentions:    companies,
		fPublication: a.Publication,
		fURL:         a.URL,
		fPath:        a.Path,
	}
	if !a.Published.IsZero() {
		d[fPublished] = a.Published
		d[fDateline] = dealbotindex.Dateline(a.Published)
	}
	return d
}

// factDoc is a fact's document as a map for the mapping, the form
// docMaker.fact must match.
func factDoc(f corpus.Fact, a corpus.Article, headline, retold bool) map[string]any {
	d := map[string]any{
		fHeadline:  boolNumber(headline) + boolNumber(retold),
		fType:      typeFact,
		fKind:      string(f.Kind),
		fCompanies: f.Companies,
		fValue:     f.Value,
		fUnit:      f.Unit,
		fQualifier: string(f.Qualifier),
		fText:      f.Text,
		fMarket:    f.Market,
		fSentence:  f.Sentence,
		fArticle:   a.ID,
		fDetail:    encodeDetail(f),
	}
	// Empty fields are left out rather than indexed as an empty term.
	for field, v := range map[string]string{fPeriod: string(f.Period), fRegion: f.Region, fMeasurer: f.Measurer} {
		if v != "" {
			d[field] = v
		}
	}
	if !a.Published.IsZero() {
		d[fPublished] = a.Published
	}
	return d
}
