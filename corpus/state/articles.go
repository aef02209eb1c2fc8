package state

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
	bolt "go.etcd.io/bbolt"

	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/corpus/ingest"
)

// StoredArticle is an article file kept in the store so that every
// replica's article folder gets it.
type StoredArticle struct {
	// Seq orders the articles in the order they were stored; ArticlesAfter
	// takes the last Seq seen.
	Seq int64
	// Name is the file name, as ingest named it. It comes from the store:
	// check it with ingest.CheckFileName before it goes near a folder.
	Name string
	// Body is the file's content.
	Body []byte
	// Added is when it was stored.
	Added time.Time
}

// MaxArticleSize is the largest article file stored, in bytes: the largest
// a load reads.
const MaxArticleSize = corpus.MaxFileSize

// ErrNameTaken is wrapped by the error of PutArticle when another article
// is stored under the name.
var ErrNameTaken = errors.New("another article is stored under that name")

// ErrInvalidArticle is wrapped by the error of PutArticle for a name
// ingest would not give or a file over MaxArticleSize.
var ErrInvalidArticle = errors.New("not an article file the store keeps")

// checkArticle refuses what PutArticle must not store.
func checkArticle(name string, body []byte) error {
	if err := ingest.CheckFileName(name); err != nil {
		return fmt.Errorf("%w: the name %q: %w", ErrInvalidArticle, name, err)
	}
	if len(body) > MaxArticleSize {
		return fmt.Errorf("%w: %s is %d bytes, over the %d MB an article file may have", ErrInvalidArticle, name, len(body), MaxArticleSize>>20)
	}
	return nil
}

// articleLock is the advisory lock key that serialises PutArticle across
// replicas ("articles" in ASCII). Holding it until commit makes sequence
// numbers commit in order, so a reader that has seen number n never
// misses a smaller one committed later.
const articleLock int64 = 0x61727469636c6573

// PutArticle stores the article file name; see Store.
func (p *Postgres) PutArticle(ctx context.Context, name string, body []byte) (bool, error) {
	if err := checkArticle(name, body); err != nil {
		return false, err
	}
	added, same := false, false
	err := pgx.BeginFunc(ctx, p.pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, articleLock); err != nil {
			return err
		}
		tag, err := tx.Exec(ctx, `INSERT INTO articles (name, body) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING`, name, body)
		if err != nil {
			return err
		}
		if added = tag.RowsAffected() == 1; added {
			return nil
		}
		var sum []byte
		if err := tx.QueryRow(ctx, `SELECT sha256(body) FROM articles WHERE name = $1`, name).Scan(&sum); err != nil {
			return err
		}
		want := sha256.Sum256(body)
		same = bytes.Equal(sum, want[:])
		return nil
	})
	if err != nil {
		return false, p.explain("storing the article "+name, err)
	}
	if !added && !same {
		return false, fmt.Errorf("state store %s, storing the article %s: %w", p.desc, name, ErrNameTaken)
	}
	return added, nil
}

// ArticlesAfter returns stored articles; see Store.
func (p *Postgres) ArticlesAfter(ctx context.Context, seq int64, limit int) ([]StoredArticle, error) {
	rows, err := p.pool.Query(ctx, `SELECT seq, name, body, added_at FROM articles WHERE seq > $1 ORDER BY seq LIMIT $2`, seq, limit)
	if err != nil {
		return nil, p.explain("reading the articles stored", err)
	}
	var out []StoredArticle
	for rows.Next() {
		var a StoredArticle
		if err := rows.Scan(&a.Seq, &a.Name, &a.Body, &a.Added); err != nil {
			return nil, p.explain("reading the articles stored", err)
		}
		a.Added = a.Added.UTC()
		out = append(out, a)
	}
	if err := rows.Err(); err != nil {
		return nil, p.explain("reading the articles stored", err)
	}
	return out, nil
}

// In the file, articlesBucket maps a big-endian sequence number to a
// fileArticle, and articleNames maps a name to its sequence number.
var (
	articlesBucket = []byte("articles")
	articleNames   = []byte("article_names")
)

type fileArticle struct {
	Name  string
	Body  []byte
	Added time.Time
}

// PutArticle stores the article file name; see Store.
func (d *DB) PutArticle(ctx context.Context, name string, body []byte) (bool, error) {
	if err := checkArticle(name, body); err != nil {
		return false, err
	}
	added := false
	err := d.update(ctx, func(tx *bolt.Tx) error {
		arts, err := tx.CreateBucketIfNotExists(articlesBucket)
		if err != nil {
			return err
		}
		names, err := tx.CreateBucketIfNotExists(articleNames)
		if err != nil {
			return err
		}
		if k := names.Get([]byte(name)); k != nil {
			var a fileArticle
			if err := json.Unmarshal(arts.Get(k), &a); err != nil {
				return fmt.Errorf("%w: the stored article %s: %v", ErrDamaged, name, err)
			}
			if !bytes.Equal(a.Body, body) {
				return fmt.Errorf("storing the article %s: %w", name, ErrNameTaken)
			}
			return nil
		}
		seq, err := arts.NextSequence()
		if err != nil {
			return err
		}
		v, err := json.Marshal(fileArticle{Name: name, Body: body, Added: time.Now().UTC()})
		if err != nil {
			return err
		}
		k := binary.BigEndian.AppendUint64(nil, seq)
		if err := arts.Put(k, v); err != nil {
			return err
		}
		added = true
		return names.Put([]byte(name), k)
	})
	return added, err
}

// ArticlesAfter returns stored articles; see Store.
func (d *DB) ArticlesAfter(ctx context.Context, seq int64, limit int) ([]StoredArticle, error) {
	var out []StoredArticle
	err := d.view(ctx, func(tx *bolt.Tx) error {
		arts := tx.Bucket(articlesBucket)
		if arts == nil {
			return nil
		}
		c := arts.Cursor()
		for k, v := c.Seek(binary.BigEndian.AppendUint64(nil, uint64(max(seq, 0))+1)); k != nil && len(out) < limit; k, v = c.Next() {
			var a fileArticle
			if len(k) != 8 || json.Unmarshal(v, &a) != nil {
				return fmt.Errorf("%w: the stored article %x cannot be read", ErrDamaged, k)
			}
			out = append(out, StoredArticle{Seq: int64(binary.BigEndian.Uint64(k)), Name: a.Name, Body: a.Body, Added: a.Added})
		}
		return nil
	})
	return out, err
}
