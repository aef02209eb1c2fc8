package extract

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"sync"

	"github.com/dealbot/dealbot/corpus"
)

// fingerprint is an extractor's Fingerprint, worked out on first use and
// shared by the extractors that share its knowledge.
type fingerprint struct {
	once sync.Once
	// knowledge is the hash of the Knowledge the extractor was built
	// from; the facts of the built-in articles are added on first use.
	knowledge []byte
	sum       string
}

// Fingerprint identifies what this extractor reads: its knowledge and the
// facts it finds in the articles shipped in the binary. An index records
// the fingerprint of the extractor that built it, so a dealbot whose rules
// or knowledge changed since can tell that the index was read differently
// and ask for a rebuild. The rules are code, so no list of them can stand
// for them; the facts they find in a fixed set of articles stand for most
// of them, though a rule that changes none of those facts goes unnoticed.
// Working it out reads those articles once, which takes a few tens of
// milliseconds.
func (e *Extractor) Fingerprint() string {
	fp := e.fp
	fp.once.Do(func() {
		h := sha256.New()
		h.Write(fp.knowledge)
		loaded, err := corpus.LoadFS(context.Background(), corpus.Embedded())
		if err != nil {
			// The articles are compiled in; failing to read them is
			// a broken build, and the knowledge alone still tells
			// most changes apart.
			h.Write([]byte(err.Error()))
		}
		enc := json.NewEncoder(h)
		for _, a := range loaded.Articles {
			// Encoding a fact cannot fail: it holds no channels,
			// functions or cyclic values.
			_ = enc.Encode(e.Extract(a))
		}
		fp.sum = hex.EncodeToString(h.Sum(nil)[:8])
	})
	return fp.sum
}

// knowledgeHash hashes k as JSON, whose maps are written in key order, so
// the same knowledge always hashes the same.
func knowledgeHash(k Knowledge) []byte {
	h := sha256.New()
	// Knowledge holds only strings, slices and maps of them.
	_ = json.NewEncoder(h).Encode(k)
	return h.Sum(nil)
}
