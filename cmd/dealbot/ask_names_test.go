package main

import (
	"strings"
	"testing"
)

// Questions name companies as people type them: by a short form an article
// gave, misspelled, or as a group; the answer says what it guessed.
func TestAskUnderstandsNamesAsTyped(t *testing.T) {
	tests := []struct {
		args []string
		want []string
	}{
		{[]string{"ask", "--corpus", "testdata/banks", "td", "bank"}, []string{"Deal value:", "450 million"}},
		{[]string{"ask", "--corpus", "testdata/banks", "--json", "td"}, []string{`"companies": [
    "Toronto-Dominion Bank"
  ]`, `"value": 450000000`}},
		{[]string{"ask", "--corpus", "testdata/banks", "toronto", "dominion", "msft"}, []string{"450 million"}},
		{[]string{"ask", "--corpus", "testdata/articles", "oracel", "openai"}, []string{"Showing Oracle for “oracel”.", "$300 billion (OpenAI, Oracle)"}},
		{[]string{"ask", "--corpus", "testdata/articles", "--json", "oracel"}, []string{`"guesses": [
    {
      "typed": "oracel",
      "companies": [
        "Oracle"
      ]
    }
  ]`}},
		{[]string{"ask", "--corpus", "testdata/articles", "orcl"}, []string{"$300 billion (OpenAI, Oracle)"}},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args[1:], " "), func(t *testing.T) {
			r := dealbot(t, nil, "", tt.args...)
			if r.code != exitOK {
				t.Fatalf("exit %d: %s", r.code, r.stderr)
			}
			for _, w := range tt.want {
				if !strings.Contains(r.stdout, w) {
					t.Errorf("want %q in the answer:\n%s", w, r.stdout)
				}
			}
		})
	}
}
