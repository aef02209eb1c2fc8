package bleveindex

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2"
	bolterrors "go.etcd.io/bbolt/errors"

	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/corpus/extract"
	"github.com/dealbot/dealbot/index"
	"github.com/dealbot/dealbot/index/internal/synth"
)

// The small hand-written articles the tests share with the other index
// packages' tests.
var (
	article         = synth.Article
	amazonAnthropic = synth.AmazonAnthropic()
	oracleOpenAI    = synth.OracleOpenAI()
	many            = synth.Many
)

func mustBuild(t *testing.T, path string, arts ...corpus.Article) {
	t.Helper()
	if _, err := Build(context.Background(), extract.New(), path, arts, nil); err != nil {
		t.Fatalf("Build: %v", err)
	}
}

func mustAsk(t *testing.T, path, q string) index.Answer {
	t.Helper()
	ix, err := Open(path)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	defer ix.Close()
	a, err := index.New(ix, extract.New()).Ask(context.Background(), q)
	if err != nil {
		t.Fatalf("Ask(%q): %v", q, err)
	}
	return a
}

func TestRebuildReplacesTheIndex(t *testing.T) {
	path := filepath.Join(t.TempDir(), "deals.bleve")
	mustBuild(t, path, amazonAnthropic)
	if got := mustAsk(t, path, "anthropic"); len(got.Articles) != 1 {
		t.Fatalf("first build: want 1 article about anthropic, got %d", len(got.Articles))
	}
	mustBuild(t, path, oracleOpenAI)
	if got := mustAsk(t, path, "anthropic"); len(got.Articles) != 0 {
		t.Errorf("after rebuild: the old article is still answered: %+v", got.Articles)
	}
	if got := mustAsk(t, path, "oracle"); len(got.Articles) != 1 {
		t.Errorf("after rebuild: want 1 article about oracle, got %d", len(got.Articles))
	}
}

func TestInterruptedBuildLeavesTheOldIndexServing(t *testing.T) {
	path := filepath.Join(t.TempDir(), "deals.bleve")
	mustBuild(t, path, amazonAnthropic)

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	// Cancel after the first batch is written, as Ctrl-C would mid-build.
	_, err := Build(ctx, extract.New(), path, many(3*batchSize), func(done, total int) { cancel() })
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("interrupted build: want context.Canceled, got %v", err)
	}
	if got := mustAsk(t, path, "anthropic"); len(got.Articles) != 1 {
		t.Errorf("the old index no longer answers after a failed build: %+v", got)
	}
	if gens := generations(t, path); len(gens) != 1 {
		t.Errorf("the failed build left its generation behind: %v", gens)
	}
}

func TestBuildWithNoArticlesFails(t *testing.T) {
	path := filepath.Join(t.TempDir(), "deals.bleve")
	if _, err := Build(context.Background(), extract.New(), path, nil, nil); !errors.Is(err, ErrNothingToIndex) {
		t.Errorf("want ErrNothingToIndex, got %v", err)
	}
}

func TestOpenExplainsWhatToDo(t *testing.T) {
	dir := t.TempDir()
	built := filepath.Join(dir, "built.bleve")
	mustBuild(t, built, amazonAnthropic)

	oldSchema := filepath.Join(dir, "old.bleve")
	mustBuild(t, oldSchema, amazonAnthropic)
	setSchema(t, oldSchema, "0")

	corrupt := filepath.Join(dir, "corrupt.bleve")
	mustBuild(t, corrupt, amazonAnthropic)
	gen, _ := currentGeneration(corrupt)
	if err := os.WriteFile(filepath.Join(gen, "index_meta.json"), []byte("{not json"), 0o644); err != nil {
		t.Fatal(err)
	}

	file := filepath.Join(dir, "file.bleve")
	if err := os.WriteFile(file, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	empty := filepath.Join(dir, "empty.bleve")
	if err := os.Mkdir(empty, 0o755); err != nil {
		t.Fatal(err)
	}

	tests := []struct {
		name     string
		path     string
		notBuilt bool
		says     string
	}{
		{"missing", filepath.Join(dir, "nothing.bleve"), true, "run `dealbot index`"},
		{"empty directory", empty, true, "run `dealbot index`"},
		{"a file", file, false, "not an index directory"},
		{"another schema version", oldSchema, false, "schema version 0"},
		{"corrupt", corrupt, false, "run `dealbot index` to rebuild it"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ix, err := Open(tt.path)
			if err == nil {
				ix.Close()
				t.Fatal("Open succeeded")
			}
			if !errors.Is(err, index.ErrUnavailable) {
				t.Errorf("error does not wrap ErrUnavailable: %v", err)
			}
			if errors.Is(err, ErrNotBuilt) != tt.notBuilt {
				t.Errorf("errors.Is(err, ErrNotBuilt) = %v, want %v: %v", !tt.notBuilt, tt.notBuilt, err)
			}
			if !strings.Contains(err.Error(), tt.says) {
				t.Errorf("error %q does not say %q", err, tt.says)
			}
		})
	}
	if ix, err := Open(built); err != nil {
		t.Errorf("a good index does not open: %v", err)
	} else {
		ix.Close()
	}
}

func TestReadersShareAnIndexWhileItIsRebuilt(t *testing.T) {
	path := filepath.Join(t.TempDir(), "deals.bleve")
	mustBuild(t, path, amazonAnthropic)
	first, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer first.Close()
	second, err := Open(path)
	if err != nil {
		t.Fatalf("a second reader cannot open the index: %v", err)
	}
	defer second.Close()

	// Two rebuilds: the generation the readers hold is now neither current
	// nor previous, but must survive while they read it.
	mustBuild(t, path, oracleOpenAI)
	mustBuild(t, path, oracleOpenAI, amazonAnthropic)
	if _, err := os.Stat(first.Generation()); err != nil {
		t.Fatalf("a generation still open was removed: %v", err)
	}
	if a, err := index.New(first, extract.New()).Ask(context.Background(), "anthropic"); err != nil || len(a.Articles) != 1 {
		t.Errorf("an open reader stopped answering after rebuilds: %v %+v", err, a)
	}
	first.Close()
	second.Close()
	mustBuild(t, path, oracleOpenAI)
	if _, err := os.Stat(first.Generation()); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a generation no one reads was not cleaned up: %v", err)
	}
	if n := len(generations(t, path)); n != 2 {
		t.Errorf("want the current and the previous generation kept, got %d", n)
	}
}

func TestConcurrentBuildIsRefused(t *testing.T) {
	path := filepath.Join(t.TempDir(), "deals.bleve")
	gen, err := beginGeneration(path, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	defer gen.release()
	_, err = Build(context.Background(), extract.New(), path, []corpus.Article{amazonAnthropic}, nil)
	if !errors.Is(err, ErrLocked) {
		t.Errorf("want ErrLocked while another build runs, got %v", err)
	}
}

func TestLeftoversOfAKilledBuildAreCleanedUp(t *testing.T) {
	path := filepath.Join(t.TempDir(), "deals.bleve")
	mustBuild(t, path, amazonAnthropic)
	// A build killed before it committed leaves a generation no one links to.
	killed := filepath.Join(path, genPrefix+"19990101T000000.000000000-1")
	b, err := bleve.New(killed, bleve.NewIndexMapping())
	if err != nil {
		t.Fatal(err)
	}
	b.Close()
	mustBuild(t, path, oracleOpenAI)
	if _, err := os.Stat(killed); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a killed build's generation survived the next build: %v", err)
	}
}

func generations(t *testing.T, path string) []string {
	t.Helper()
	entries, err := os.ReadDir(path)
	if err != nil {
		t.Fatal(err)
	}
	var gens []string
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), genPrefix) {
			gens = append(gens, e.Name())
		}
	}
	return gens
}

func setSchema(t *testing.T, path, version string) {
	t.Helper()
	gen, err := currentGeneration(path)
	if err != nil {
		t.Fatal(err)
	}
	b, err := bleve.Open(gen)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if err := b.SetInternal(schemaKey, []byte(version)); err != nil {
		t.Fatal(err)
	}
}

// A generation another process holds open for writing times out bleve's
// wait for its lock; Open says so rather than calling the index broken.
func TestOpenOfALockedIndexSaysItIsLocked(t *testing.T) {
	t.Parallel() // the open waits openTimeout for the lock
	path := filepath.Join(t.TempDir(), "deals.bleve")
	mustBuild(t, path, amazonAnthropic)
	gen, err := currentGeneration(path)
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.OpenFile(filepath.Join(gen, "store", "root.bolt"), os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		t.Fatal(err)
	}
	ix, err := Open(path)
	if err == nil {
		ix.Close()
		t.Fatal("Open of a locked index succeeded")
	}
	if !errors.Is(err, index.ErrUnavailable) || !errors.Is(err, bolterrors.ErrTimeout) {
		t.Errorf("want ErrUnavailable wrapping bbolt's ErrTimeout, got %v", err)
	}
	if !strings.Contains(err.Error(), "locked by another process") {
		t.Errorf("the error does not say the index is locked: %v", err)
	}
}

// The cause of an unavailable index stays in the error for callers to
// branch on.
func TestUnavailableKeepsItsCause(t *testing.T) {
	path := filepath.Join(t.TempDir(), "deals.bleve")
	mustBuild(t, path, amazonAnthropic)
	gen, err := currentGeneration(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(filepath.Join(gen, "index_meta.json")); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(path); !errors.Is(err, index.ErrUnavailable) || !errors.Is(err, bleve.ErrorIndexMetaMissing) {
		t.Errorf("Open: want ErrUnavailable wrapping bleve's ErrorIndexMetaMissing, got %v", err)
	}
	if _, err := index.OpenLive(context.Background(), Dir(path), extract.New(), nil); !errors.Is(err, index.ErrUnavailable) || !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("OpenLive: want ErrUnavailable wrapping fs.ErrNotExist, got %v", err)
	}
}

func TestAnIndexSaysWhetherAnotherExtractorBuiltIt(t *testing.T) {
	path := filepath.Join(t.TempDir(), "deals.bleve")
	mustBuild(t, path, amazonAnthropic)
	e, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	if index.New(e, extract.New()).Outdated() {
		t.Errorf("an index built by this dealbot's extractor reads as outdated")
	}
	k := extract.DefaultKnowledge()
	k.Companies = append(k.Companies, extract.Company{Name: "Contoso"})
	other, err := extract.NewWith(k)
	if err != nil {
		t.Fatal(err)
	}
	if !index.New(e, other).Outdated() {
		t.Errorf("an extractor that knows more companies than the one that built the index does not find it outdated")
	}
}

func TestAnIndexThatDoesNotSayWhoBuiltItIsOutdated(t *testing.T) {
	path := filepath.Join(t.TempDir(), "deals.bleve")
	mustBuild(t, path, amazonAnthropic)
	// An index of an earlier dealbot holds no fingerprint.
	gen, err := currentGeneration(path)
	if err != nil {
		t.Fatal(err)
	}
	b, err := bleve.Open(gen)
	if err != nil {
		t.Fatal(err)
	}
	if err := b.DeleteInternal(extractorKey); err != nil {
		t.Fatal(err)
	}
	if err := b.Close(); err != nil {
		t.Fatal(err)
	}
	e, err := Open(path)
	if err != nil {
		t.Fatalf("Open of an index without a fingerprint: %v", err)
	}
	defer e.Close()
	if !index.New(e, extract.New()).Outdated() {
		t.Errorf("an index that does not say which extractor built it is not outdated")
	}
	if got := mustAsk(t, path, "anthropic"); len(got.Articles) != 1 {
		t.Errorf("an outdated index still answers: want 1 article about anthropic, got %d", len(got.Articles))
	}
}

// TestSealLeavesOneSegment writes an index as many small segments, more
// than bleve merges in one task, and seals it as Build does: the
// generation must hold exactly one segment file, the merged one, with every
// document and the records sealing writes. bleve records a merge on disk
// after it returns from it and deletes replaced files lazily, so a sealing
// that closes too soon leaves several segments or stale files behind.
func TestSealLeavesOneSegment(t *testing.T) {
	const segments = 25
	for round := range 3 {
		dir := filepath.Join(t.TempDir(), "gen")
		b, err := createBleve(dir)
		if err != nil {
			t.Fatal(err)
		}
		for i := range segments {
			a := article(fmt.Sprintf("s%d-%d", round, i), "Segment", "Contoso signed a $5 million contract with Fabrikam.")
			batch := b.NewBatch()
			if err := batch.Index(articleDocID(a.ID), articleDoc(a, nil)); err != nil {
				t.Fatal(err)
			}
			if err := b.Batch(batch); err != nil {
				t.Fatal(err)
			}
		}
		orgs := []corpus.Organisation{{Name: "Fabrikam"}}
		if err := seal(context.Background(), b, extract.New(), orgs); err != nil {
			t.Fatal(err)
		}
		if err := dropMergedSegments(dir); err != nil {
			t.Fatal(err)
		}
		files, err := filepath.Glob(filepath.Join(dir, "store", "*.zap"))
		if err != nil || len(files) != 1 {
			t.Fatalf("round %d: want one segment file, got %d: %v (%v)", round, len(files), files, err)
		}
		r, err := bleve.OpenUsing(dir, map[string]any{"read_only": true})
		if err != nil {
			t.Fatal(err)
		}
		n, err := r.DocCount()
		names, nerr := loadNames(r, dir)
		r.Close()
		if err != nil || n != segments {
			t.Errorf("round %d: the sealed index holds %d documents (%v), want %d", round, n, err, segments)
		}
		if nerr != nil || len(names) != 1 || names[0].Name != "Fabrikam" {
			t.Errorf("round %d: the sealed index stores organisations %v (%v), want Fabrikam", round, names, nerr)
		}
	}
}
