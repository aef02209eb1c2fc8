package bleveindex

import (
	"encoding/json"
	"fmt"

	"github.com/blevesearch/bleve/v2"

	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/index"
)

// namesKey is where a generation keeps the organisations of its articles,
// in bleve's internal storage, so they are swapped in with the generation.
var namesKey = []byte("dealbot.names")

// storedName is an organisation of the indexed articles as a generation
// stores it.
type storedName struct {
	Name    string   `json:"name"`
	Aliases []string `json:"aliases,omitempty"`
	Country bool     `json:"country,omitempty"`
}

// storeNames keeps the organisations in the index being built.
func storeNames(b bleve.Index, orgs []corpus.Organisation) error {
	stored := make([]storedName, len(orgs))
	for i, o := range orgs {
		stored[i] = storedName{Name: o.Name, Aliases: o.Aliases, Country: o.Country}
	}
	data, err := json.Marshal(stored)
	if err != nil {
		return fmt.Errorf("recording the organisations of the articles: %w", err)
	}
	if err := b.SetInternal(namesKey, data); err != nil {
		return fmt.Errorf("recording the organisations of the articles: %w", err)
	}
	return nil
}

// loadNames reads the organisations an index stores.
func loadNames(b bleve.Index, path string) ([]corpus.Organisation, error) {
	data, err := b.GetInternal(namesKey)
	if err != nil {
		return nil, fmt.Errorf("%w: cannot read the organisations stored in %s (%v); run `dealbot index` to rebuild it", index.ErrUnavailable, path, err)
	}
	var orgs []storedName
	if len(data) > 0 {
		if err := json.Unmarshal(data, &orgs); err != nil {
			return nil, fmt.Errorf("%w: the organisations stored in %s are unreadable (%v); run `dealbot index` to rebuild it", index.ErrUnavailable, path, err)
		}
	}
	return organisations(orgs), nil
}

// organisations turns stored names into the organisations an Engine gives.
func organisations(names []storedName) []corpus.Organisation {
	out := make([]corpus.Organisation, len(names))
	for i, n := range names {
		out[i] = corpus.Organisation{Name: n.Name, Aliases: n.Aliases, Country: n.Country}
	}
	return out
}
