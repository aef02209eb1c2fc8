package bleveindex

import (
	"fmt"
	"time"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/document"
	"github.com/blevesearch/bleve/v2/mapping"
	index "github.com/blevesearch/bleve_index_api"

	"github.com/dealbot/dealbot/corpus"
	dealbotindex "github.com/dealbot/dealbot/index"
)

// docMaker makes the bleve documents of articles and facts straight from
// them, field by field, as newMapping would make them from maps of their
// fields (articleDoc and factDoc, in the tests): bleve's MapDocument walks
// each map by reflection and boxes every value, a fifth of what a worker
// spent besides extraction. TestDocMakerMapsAsTheMapping keeps the two the
// same, so a field added here is added to those maps too.
type docMaker struct {
	english, lower, keyword analysis.Analyzer
}

// The indexing options of each kind of field in newMapping.
const (
	optText       = index.IndexField                    // textField(false)
	optStoredText = index.IndexField | index.StoreField // textField(true)
	optKeyword    = index.IndexField | index.StoreField // keywordField
	optStored     = index.StoreField                    // storedNumber, dateField
	// storedOnly keeps the term vectors bleve's text mapping starts with;
	// a field not indexed has none, but the options are kept the same.
	optStoredOnly = index.StoreField | index.IncludeTermVectors
	optSortedDate = index.StoreField | index.IndexField | index.DocValues
)

// newDocMaker takes the analyzers of m, which must be newMapping's.
func newDocMaker(m mapping.IndexMapping) (*docMaker, error) {
	d := &docMaker{english: m.AnalyzerNamed(en.AnalyzerName), lower: m.AnalyzerNamed(lowerKeyword), keyword: m.AnalyzerNamed(keyword.Name)}
	if d.english == nil || d.lower == nil || d.keyword == nil {
		return nil, fmt.Errorf("the index mapping lacks an analyzer dealbot's documents use")
	}
	return d, nil
}

// article is an article's document. Its body is indexed but not stored:
// answers show titles and links, never whole articles.
func (d *docMaker) article(a corpus.Article, mentions []string) *document.Document {
	doc := document.NewDocument(articleDocID(a.ID))
	d.text(doc, fArticle, a.ID, optStoredOnly, d.keyword)
	d.text(doc, fTitle, a.Title, optStoredText, d.english)
	d.text(doc, fBody, a.Body, optText, d.english)
	d.texts(doc, fMentions, mentions, optKeyword, d.lower)
	d.text(doc, fPublication, a.Publication, optStoredOnly, d.keyword)
	d.text(doc, fURL, a.URL, optStoredOnly, d.keyword)
	d.text(doc, fPath, a.Path, optStoredOnly, d.keyword)
	if !a.Published.IsZero() {
		if f := date(fPublished, a.Published, optStored); f != nil {
			doc.AddField(f)
		}
		d.text(doc, fDateline, dealbotindex.Dateline(a.Published), optText, d.english)
	}
	doc.SetIndexed()
	return doc
}

// fact is a fact's document, its date a sortDate. It keeps only the fact
// and its article's ID and date: bleve loads every stored field of a
// document it returns, and ranking reads many fact documents, so the
// article's title and link are read once, from the article's own document,
// for the facts shown. headline says the figure is in the article's title
// too: the news the article was written for, rather than background it
// repeats; retold that the title spells it only as the body does (see
// index.EntryFact), kept as 2 in the same field.
func (d *docMaker) fact(id string, f corpus.Fact, a corpus.Article, headline, retold bool) *document.Document {
	doc := document.NewDocument(id)
	doc.AddField(document.NewNumericFieldWithIndexingOptions(fHeadline, nil, boolNumber(headline)+boolNumber(retold), optStored))
	d.text(doc, fKind, string(f.Kind), optKeyword, d.keyword)
	d.texts(doc, fCompanies, f.Companies, optKeyword, d.lower)
	doc.AddField(document.NewNumericFieldWithIndexingOptions(fValue, nil, f.Value, optStored))
	d.text(doc, fUnit, f.Unit, optStoredOnly, d.keyword)
	d.text(doc, fQualifier, string(f.Qualifier), optStoredOnly, d.keyword)
	d.text(doc, fText, f.Text, optStoredOnly, d.keyword)
	d.text(doc, fMarket, f.Market, optStoredOnly, d.keyword)
	d.text(doc, fSentence, f.Sentence, optStoredText, d.english)
	d.text(doc, fArticle, a.ID, optKeyword, d.keyword)
	d.text(doc, fDetail, encodeDetail(f), optStoredOnly, d.keyword)
	// Empty fields are left out rather than indexed as an empty term.
	for _, v := range [...]struct{ field, value string }{{fPeriod, string(f.Period)}, {fRegion, f.Region}, {fMeasurer, f.Measurer}} {
		if v.value != "" {
			d.text(doc, v.field, v.value, optKeyword, d.lower)
		}
	}
	if !a.Published.IsZero() {
		if dt := date(fPublished, a.Published, optSortedDate); dt != nil {
			doc.AddField(&sortDate{DateTimeField: dt})
		}
	}
	doc.SetIndexed()
	return doc
}

// text adds a text field of one value.
func (d *docMaker) text(doc *document.Document, name, value string, opts index.FieldIndexingOptions, an analysis.Analyzer) {
	doc.AddField(document.NewTextFieldCustom(name, nil, []byte(value), opts, an))
}

// texts adds a text field of several values, each at its position, as
// the mapping adds a list.
func (d *docMaker) texts(doc *document.Document, name string, values []string, opts index.FieldIndexingOptions, an analysis.Analyzer) {
	for i, v := range values {
		doc.AddField(document.NewTextFieldCustom(name, []uint64{uint64(i)}, []byte(v), opts, an))
	}
}

// date is a date field as the mapping makes one from a time.Time, or nil
// for a date bleve cannot represent, which the mapping leaves out too.
func date(name string, t time.Time, opts index.FieldIndexingOptions) *document.DateTimeField {
	f, err := document.NewDateTimeFieldWithIndexingOptions(name, nil, t, time.RFC3339, opts)
	if err != nil {
		return nil
	}
	return f
}
