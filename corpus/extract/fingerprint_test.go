package extract

import (
	"testing"
)

func TestFingerprintTellsKnowledgeApart(t *testing.T) {
	base := New().Fingerprint()
	if len(base) != 16 {
		t.Fatalf("Fingerprint() = %q, want 16 hex digits", base)
	}
	if again := New().Fingerprint(); again != base {
		t.Errorf("two extractors with the built-in knowledge: %q and %q, want the same", base, again)
	}
	same, err := NewWith(DefaultKnowledge())
	if err != nil {
		t.Fatal(err)
	}
	if got := same.Fingerprint(); got != base {
		t.Errorf("the built-in knowledge passed to NewWith: %q, want %q as New gives", got, base)
	}
	k := DefaultKnowledge()
	k.Companies = append(k.Companies, Company{Name: "Contoso"})
	more, err := NewWith(k)
	if err != nil {
		t.Fatal(err)
	}
	if got := more.Fingerprint(); got == base {
		t.Errorf("an extractor that knows one more company has the built-in one's fingerprint %q", got)
	}
}
