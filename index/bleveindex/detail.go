package bleveindex

import (
	"encoding/json"

	"github.com/dealbot/dealbot/corpus"
)

// detail is the part of a fact that is shown but never searched, stored as
// one JSON field: one stored field costs less to index and load than a
// dozen.
type detail struct {
	Parties   []party          `json:"p,omitempty"`
	Low       float64          `json:"lo,omitempty"`
	High      float64          `json:"hi,omitempty"`
	LowQual   corpus.Qualifier `json:"lq,omitempty"`
	HighQual  corpus.Qualifier `json:"hq,omitempty"`
	ConvValue float64          `json:"cv,omitempty"`
	ConvUnit  string           `json:"cu,omitempty"`
	ConvText  string           `json:"ct,omitempty"`
	Total     bool             `json:"t,omitempty"`
	DealType  corpus.DealType  `json:"dt,omitempty"`
	Status    corpus.Status    `json:"st,omitempty"`
	What      string           `json:"w,omitempty"`
	Product   string           `json:"pr,omitempty"`
	Stage     corpus.Stage     `json:"sg,omitempty"`
	Rule      string           `json:"r,omitempty"`
}

type party struct {
	Name string      `json:"n"`
	Role corpus.Role `json:"r,omitempty"`
}

// encodeDetail stores the fact's detail; it cannot fail, as every field is
// a plain value.
func encodeDetail(f corpus.Fact) string {
	d := detail{
		Low: f.Range.Low, High: f.Range.High, LowQual: f.Range.LowQualifier, HighQual: f.Range.HighQualifier,
		ConvValue: f.Converted.Value, ConvUnit: f.Converted.Unit, ConvText: f.Converted.Text,
		Total: f.Total, DealType: f.DealType, Status: f.Status, What: f.What, Product: f.Product, Stage: f.Stage,
		Rule: f.Rule,
	}
	for _, p := range f.Parties {
		d.Parties = append(d.Parties, party{Name: p.Name, Role: p.Role})
	}
	b, _ := json.Marshal(d)
	return string(b)
}

// decodeDetail fills f from a stored detail. A missing or unreadable
// detail leaves f as it is: the figure and companies still make an answer.
func decodeDetail(s string, f *corpus.Fact) {
	var d detail
	if s == "" || json.Unmarshal([]byte(s), &d) != nil {
		return
	}
	f.Range = corpus.Range{Low: d.Low, High: d.High, LowQualifier: d.LowQual, HighQualifier: d.HighQual}
	f.Converted = corpus.Amount{Value: d.ConvValue, Unit: d.ConvUnit, Text: d.ConvText}
	f.Total, f.DealType, f.Status, f.What = d.Total, d.DealType, d.Status, d.What
	f.Product, f.Stage, f.Rule = d.Product, d.Stage, d.Rule
	for _, p := range d.Parties {
		f.Parties = append(f.Parties, corpus.Party{Name: p.Name, Role: p.Role})
	}
}
