package corpus

import "testing"

func TestFactKey(t *testing.T) {
	a := Fact{Kind: DealValue, Value: 38e9, Unit: "USD", Companies: []string{"OpenAI", "Amazon"}, ArticleID: "a1", Sentence: "one outlet's words"}
	b := Fact{Kind: DealValue, Value: 38e9 + 1, Unit: "USD", Companies: []string{"Amazon", "OpenAI"}, ArticleID: "b2", Sentence: "another outlet's words", Text: "$38bn"}
	if FactKey(a) != FactKey(b) {
		t.Errorf("the same figure from two articles has two keys: %q and %q", FactKey(a), FactKey(b))
	}
	for _, other := range []Fact{
		{Kind: DealValue, Value: 30e9, Unit: "USD", Companies: []string{"OpenAI", "Amazon"}},
		{Kind: DealValue, Value: 38e9, Unit: "EUR", Companies: []string{"OpenAI", "Amazon"}},
		{Kind: DealValue, Value: 38e9, Unit: "USD", Qualifier: UpTo, Companies: []string{"OpenAI", "Amazon"}},
		{Kind: DealValue, Value: 38e9, Unit: "USD", Companies: []string{"OpenAI", "Microsoft"}},
		{Kind: Revenue, Value: 38e9, Unit: "USD", Companies: []string{"OpenAI", "Amazon"}},
	} {
		if FactKey(other) == FactKey(a) {
			t.Errorf("%+v has the same key as %+v", other, a)
		}
	}
}
