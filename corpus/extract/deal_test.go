package extract

import (
	"slices"
	"testing"

	"github.com/dealbot/dealbot/corpus"
)

// TestDealRestatedOnce checks that a figure an article states twice, a
// headline rounding it and the body giving its date, reaches a deal as
// one figure: every fact of it carries the same value and period, so an
// answer folding an article's facts by figure shows it once rather than
// "$2B, $2B".
func TestDealRestatedOnce(t *testing.T) {
	a := corpus.Article{ID: "a", Title: "Contoso commits $2.8bn to Microsoft cloud services",
		Body: "Contoso will spend $2.75 billion on Microsoft's cloud services over five years, the firm said on 11 July 2023."}
	var deals []corpus.Fact
	for _, f := range New().Extract(a) {
		if f.Kind == corpus.DealValue {
			deals = append(deals, f)
		}
	}
	if len(deals) != 2 {
		t.Fatalf("want the headline's and the body's deal value, got %s", describeFull(deals))
	}
	for _, f := range deals[1:] {
		if f.Value != deals[0].Value || f.Period != deals[0].Period {
			t.Errorf("one figure read two ways: %s", describeFull(deals))
		}
	}
	if deals[0].Value != 2.75e9 || deals[0].Period != corpus.Month(2023, 7) {
		t.Errorf("want the body's precise value and date on both, got %s", describeFull(deals))
	}
	if d := corpus.Deals(deals); len(d) != 1 {
		t.Errorf("want one deal, got %d", len(d))
	}
}

// TestMoneyOpeningAHeadlineBeforeAPurchase checks that a figure opening a
// sentence, with a word of buying after it ("USD 383 seeks purchase of
// Zoom licences", a school district's name read as money), is read
// without looking before the sentence's first word, and that the seats of
// the body still reach the reader.
func TestMoneyOpeningAHeadlineBeforeAPurchase(t *testing.T) {
	a := corpus.Article{ID: "a", Title: "USD 500 seeks purchase of Zoom licences",
		Body: "The district wants 400 Zoom licences for its teachers."}
	facts := New().Extract(a)
	if !slices.ContainsFunc(facts, func(f corpus.Fact) bool { return f.Kind == corpus.Seats && f.Value == 400 }) {
		t.Errorf("want the body's 400 seats, got %s", describeFull(facts))
	}
}
