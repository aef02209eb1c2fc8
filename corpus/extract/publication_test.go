package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestPublicationMeasurerFolds checks the look-up publicationMeasurer makes
// of an ASCII publication against comparing it with each research firm's
// names by strings.EqualFold, for every name in several cases and in
// spellings only case folding matches ("Kelvin" with the Kelvin sign).
func TestPublicationMeasurerFolds(t *testing.T) {
	k := DefaultKnowledge()
	k.Measurers = append(k.Measurers,
		Measurer{Name: "Contoso Insights", Aliases: []string{"Contoso", "\u212Aelvin Research"}},
		Measurer{Name: "Fabrikam Data", Aliases: []string{"CONTOSO", "Fabri\u017Fam"}})
	e, err := NewWith(k)
	if err != nil {
		t.Fatal(err)
	}
	byFold := func(pub string) string {
		for _, m := range e.measurers {
			if strings.EqualFold(pub, m.Name) || slices.ContainsFunc(m.Aliases, func(a string) bool { return strings.EqualFold(pub, a) }) {
				return m.Name
			}
		}
		return ""
	}
	pubs := []string{"Kelvin research", "fabrisam", "Yole Developpement", "Yole Développement", "Reuters", "IDC Nova", strings.Repeat("Contoso Insights ", 5)}
	for _, m := range e.measurers {
		for _, n := range append([]string{m.Name}, m.Aliases...) {
			pubs = append(pubs, n, strings.ToUpper(n), strings.ToLower(n))
		}
	}
	for _, pub := range pubs {
		if got, want := e.publicationMeasurer(pub), byFold(pub); got != want {
			t.Errorf("publicationMeasurer(%q) = %q, want %q", pub, got, want)
		}
	}
}
