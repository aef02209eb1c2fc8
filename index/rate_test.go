package index_test

import (
	"testing"

	"github.com/dealbot/dealbot/corpus"
)

// TestAmountPerPeriodOrWhole asks for what a deal costs each year or each
// month, and for what it is worth in total, of articles that give both:
// "each year", "a month" or "yearly" is answered by the amount per that
// period, "total" or "in total" by the whole deal.
func TestAmountPerPeriodOrWhole(t *testing.T) {
	ix := testIndex(t, []corpus.Article{
		article("zoom", "Zoom commits $1.5 billion to Oracle cloud",
			"Zoom agreed to pay Oracle $300 million a year for five years under the cloud contract."),
		article("dell", "Dell to pay Nvidia $40 million a month for GPUs",
			"Dell will rent GPU capacity from Nvidia from 2026 through 2028. "+
				"Over its full term the deal with Nvidia is worth about $1.4 billion, Dell said."),
		article("siemens", "Siemens signs ten-year SAP cloud contract",
			"Siemens will spend an annual €90 million on SAP cloud services under a ten-year contract worth €900 million."),
	})
	tests := []struct {
		query string
		first want
	}{
		{"how much does zoom pay oracle annually", want{corpus.DealValue, 300e6, "", []string{"Oracle"}, 1}},
		{"zoom oracle cloud contract total", want{corpus.DealValue, 1.5e9, "", []string{"Oracle"}, 1}},
		{"how much does dell pay nvidia a month", want{corpus.DealValue, 40e6, "", []string{"Nvidia"}, 1}},
		{"dell nvidia deal total value", want{corpus.DealValue, 1.4e9, "", []string{"Nvidia"}, 1}},
		{"siemens sap yearly spend", want{corpus.DealValue, 90e6, "", []string{"SAP"}, 1}},
		{"what is the siemens sap contract worth in total", want{corpus.DealValue, 900e6, "", []string{"SAP"}, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			firstIs(t, ix, tt.query, tt.first)
		})
	}
}
