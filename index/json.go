package index

import (
	"encoding/json"
	"time"
)

// MarshalJSON writes an Answer in the shape `dealbot ask --json` documents:
// facts best first, each with its best source and all its sources, then the
// matching articles.
func (a Answer) MarshalJSON() ([]byte, error) {
	type source struct {
		Title       string `json:"title"`
		Path        string `json:"path"`
		URL         string `json:"url"`
		Publication string `json:"publication,omitempty"`
		Published   string `json:"published"`
	}
	type party struct {
		Name string `json:"name"`
		Role string `json:"role"`
	}
	type rng struct {
		Low           float64 `json:"low"`
		High          float64 `json:"high"`
		LowQualifier  string  `json:"low_qualifier"`
		HighQualifier string  `json:"high_qualifier"`
	}
	type amount struct {
		Value float64 `json:"value"`
		Unit  string  `json:"unit"`
		Text  string  `json:"text"`
	}
	type fact struct {
		ID        string   `json:"id"`
		Kind      string   `json:"kind"`
		Value     float64  `json:"value"`
		Unit      string   `json:"unit"`
		Qualifier string   `json:"qualifier"`
		Text      string   `json:"text"`
		Companies []string `json:"companies"`
		Market    string   `json:"market,omitempty"`
		Sentence  string   `json:"sentence"`
		Source    source   `json:"source"`
		Sources   []source `json:"sources"`
		Parties   []party  `json:"parties"`
		Range     *rng     `json:"range,omitempty"`
		Converted *amount  `json:"converted,omitempty"`
		Total     bool     `json:"total,omitempty"`
		DealType  string   `json:"deal_type,omitempty"`
		Status    string   `json:"status,omitempty"`
		What      string   `json:"what,omitempty"`
		Product   string   `json:"product,omitempty"`
		Stage     string   `json:"stage,omitempty"`
		Region    string   `json:"region,omitempty"`
		Period    string   `json:"period,omitempty"`
		Measurer  string   `json:"measurer,omitempty"`
		Group     bool     `json:"group,omitempty"`
		Rule      string   `json:"rule"`
	}
	type article struct {
		source
		Score float64 `json:"score"`
	}
	type guess struct {
		Typed     string   `json:"typed"`
		Companies []string `json:"companies"`
		Group     bool     `json:"group,omitempty"`
	}
	type answer struct {
		Query        string    `json:"query"`
		Companies    []string  `json:"companies"`
		Guesses      []guess   `json:"guesses,omitempty"`
		Kind         string    `json:"kind,omitempty"`
		Facts        []fact    `json:"facts"`
		Articles     []article `json:"articles"`
		MoreArticles int       `json:"more_articles"`
		Ignored      []string  `json:"ignored_words,omitempty"`
		View         string    `json:"view,omitempty"`
		Unmatched    []string  `json:"unmatched_words,omitempty"`
		Widened      bool      `json:"widened,omitempty"`
		Mentioned    []string  `json:"mentioned_only,omitempty"`
	}
	src := func(s Source) source {
		return source{Title: s.Title, Path: s.Path, URL: s.URL, Publication: s.Publication, Published: day(s.Published)}
	}
	out := answer{
		Query:        a.Query,
		Companies:    nonNil(a.Companies),
		Kind:         string(a.Kind),
		Facts:        []fact{},
		Articles:     []article{},
		MoreArticles: a.MoreArticles,
		Ignored:      a.Ignored,
		View:         string(a.View),
		Unmatched:    a.Unmatched,
		Widened:      a.Widened,
		Mentioned:    a.MentionedOnly,
	}
	for _, g := range a.Guesses {
		out.Guesses = append(out.Guesses, guess{Typed: g.Typed, Companies: nonNil(g.Companies), Group: g.Group})
	}
	for _, f := range a.Facts {
		jf := fact{
			ID: f.ID, Kind: string(f.Kind), Value: f.Value, Unit: f.Unit, Qualifier: string(f.Qualifier),
			Text: f.Text, Companies: nonNil(f.Companies), Market: f.Market, Sentence: f.Sentence,
			Parties: []party{}, Total: f.Total, DealType: string(f.DealType), Status: string(f.Status), What: f.What,
			Product: f.Product, Stage: string(f.Stage), Region: f.Region, Period: string(f.Period),
			Measurer: f.Measurer, Group: f.Group(), Rule: f.Rule,
		}
		for _, p := range f.Parties {
			jf.Parties = append(jf.Parties, party{Name: p.Name, Role: string(p.Role)})
		}
		if !f.Range.IsZero() {
			jf.Range = &rng{Low: f.Range.Low, High: f.Range.High,
				LowQualifier: string(f.Range.LowQualifier), HighQualifier: string(f.Range.HighQualifier)}
		}
		if !f.Converted.IsZero() {
			jf.Converted = &amount{Value: f.Converted.Value, Unit: f.Converted.Unit, Text: f.Converted.Text}
		}
		for _, s := range f.Sources {
			jf.Sources = append(jf.Sources, src(s))
		}
		if len(jf.Sources) > 0 {
			jf.Source = jf.Sources[0]
		}
		out.Facts = append(out.Facts, jf)
	}
	for _, h := range a.Articles {
		out.Articles = append(out.Articles, article{source: src(h.Source), Score: h.Score})
	}
	return json.Marshal(out)
}

// day formats a publication date as YYYY-MM-DD, or "" when unknown.
func day(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.DateOnly)
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
