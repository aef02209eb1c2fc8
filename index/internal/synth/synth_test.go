package synth

import (
	"reflect"
	"testing"
)

func TestArticlesDeterministic(t *testing.T) {
	a, b := Articles(7, 50), Articles(7, 50)
	if !reflect.DeepEqual(a, b) {
		t.Fatal("the same seed gave different corpora")
	}
	if c := Articles(8, 50); reflect.DeepEqual(a, c) {
		t.Fatal("different seeds gave the same corpus")
	}
	if prefix := Articles(7, 20); !reflect.DeepEqual(prefix, a[:20]) {
		t.Fatal("the first articles depend on how many were asked for")
	}
}

func TestArticlesShape(t *testing.T) {
	ids := map[string]bool{}
	for _, a := range Articles(1, 500) {
		if n := Words(a); n < MinWords || n > MaxWords {
			t.Errorf("%s has %d words, want %d to %d", a.Path, n, MinWords, MaxWords)
		}
		if a.Title == "" || a.Published.IsZero() || a.Publication == "" || a.URL == "" {
			t.Errorf("%s lacks metadata: %+v", a.Path, a)
		}
		if ids[a.ID] {
			t.Errorf("%s repeats ID %s", a.Path, a.ID)
		}
		ids[a.ID] = true
	}
}

func BenchmarkArticles(b *testing.B) {
	for b.Loop() {
		Articles(1, 1000)
	}
}

func TestQueriesDeterministic(t *testing.T) {
	a, b := Queries(3, 200), Queries(3, 200)
	if !reflect.DeepEqual(a, b) {
		t.Fatal("the same seed gave different queries")
	}
	for i, q := range a {
		if q == "" || len(q) > 200 {
			t.Errorf("query %d is %q", i, q)
		}
	}
}
