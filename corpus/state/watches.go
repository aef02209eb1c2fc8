package state

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/dealbot/dealbot/corpus"
)

var (
	watchesBucket   = []byte("watches")
	announcedBucket = []byte("announced")
	digestsBucket   = []byte("digests")  // watch ID -> items waiting for the digest
	digestedBucket  = []byte("digested") // watch ID -> when its last digest was taken
)

// Watch is a channel's standing question; see corpus.Watch.
type Watch = corpus.Watch

// AddWatch stores w under a new ID and returns it with the ID set.
func (d *DB) AddWatch(ctx context.Context, w Watch) (Watch, error) {
	err := d.update(ctx, func(tx *bolt.Tx) error {
		b, err := tx.CreateBucketIfNotExists(watchesBucket)
		if err != nil {
			return err
		}
		if w.ID, err = b.NextSequence(); err != nil {
			return err
		}
		v, err := json.Marshal(w)
		if err != nil {
			return err
		}
		return b.Put(idKey(w.ID), v)
	})
	return w, err
}

// Watches returns the watches of channel, or of every channel when channel
// is "", oldest first.
func (d *DB) Watches(ctx context.Context, channel string) ([]Watch, error) {
	var out []Watch
	err := d.view(ctx, func(tx *bolt.Tx) error {
		b := tx.Bucket(watchesBucket)
		if b == nil {
			return nil
		}
		return b.ForEach(func(k, v []byte) error {
			var w Watch
			if err := json.Unmarshal(v, &w); err != nil {
				return fmt.Errorf("%w: watch %x: %v", ErrDamaged, k, err)
			}
			if channel == "" || w.Channel == channel {
				out = append(out, w)
			}
			return nil
		})
	})
	return out, err
}

// RemoveWatch deletes watch id when it belongs to channel, and reports
// whether it did.
func (d *DB) RemoveWatch(ctx context.Context, channel string, id uint64) (bool, error) {
	removed := false
	err := d.update(ctx, func(tx *bolt.Tx) error {
		b := tx.Bucket(watchesBucket)
		if b == nil {
			return nil
		}
		v := b.Get(idKey(id))
		if v == nil {
			return nil
		}
		var w Watch
		if err := json.Unmarshal(v, &w); err != nil {
			return fmt.Errorf("%w: watch %d: %v", ErrDamaged, id, err)
		}
		if w.Channel != channel {
			return nil
		}
		removed = true
		if d := tx.Bucket(digestsBucket); d != nil && d.Bucket(idKey(id)) != nil {
			if err := d.DeleteBucket(idKey(id)); err != nil {
				return err
			}
		}
		if d := tx.Bucket(digestedBucket); d != nil {
			if err := d.Delete(idKey(id)); err != nil {
				return err
			}
		}
		return b.Delete(idKey(id))
	})
	return removed, err
}

// AddToDigest keeps items (opaque to the store) for watch id's next digest.
func (d *DB) AddToDigest(ctx context.Context, id uint64, items [][]byte) error {
	return d.update(ctx, func(tx *bolt.Tx) error {
		all, err := tx.CreateBucketIfNotExists(digestsBucket)
		if err != nil {
			return err
		}
		b, err := all.CreateBucketIfNotExists(idKey(id))
		if err != nil {
			return err
		}
		for _, it := range items {
			seq, err := b.NextSequence()
			if err != nil {
				return err
			}
			if err := b.Put(idKey(seq), it); err != nil {
				return err
			}
		}
		return nil
	})
}

// TakeDigest returns the items kept for watch id, oldest first, and in the
// same commit removes them and records at as the time of its last digest.
func (d *DB) TakeDigest(ctx context.Context, id uint64, at time.Time) ([][]byte, error) {
	var items [][]byte
	err := d.update(ctx, func(tx *bolt.Tx) error {
		if all := tx.Bucket(digestsBucket); all != nil {
			if b := all.Bucket(idKey(id)); b != nil {
				if err := b.ForEach(func(_, v []byte) error {
					items = append(items, append([]byte(nil), v...))
					return nil
				}); err != nil {
					return err
				}
				if err := all.DeleteBucket(idKey(id)); err != nil {
					return err
				}
			}
		}
		done, err := tx.CreateBucketIfNotExists(digestedBucket)
		if err != nil {
			return err
		}
		return done.Put(idKey(id), []byte(at.UTC().Format(time.RFC3339Nano)))
	})
	if err != nil {
		return nil, err
	}
	return items, nil
}

// LastDigest returns when watch id's last digest was taken; zero when never.
func (d *DB) LastDigest(ctx context.Context, id uint64) (time.Time, error) {
	var t time.Time
	err := d.view(ctx, func(tx *bolt.Tx) error {
		b := tx.Bucket(digestedBucket)
		if b == nil {
			return nil
		}
		v := b.Get(idKey(id))
		if v == nil {
			return nil
		}
		var err error
		if t, err = time.Parse(time.RFC3339Nano, string(v)); err != nil {
			return fmt.Errorf("%w: digest time of watch %d: %v", ErrDamaged, id, err)
		}
		return nil
	})
	return t, err
}

// Announce records that the figures with keys are being announced in
// channel and returns those that had not been, in the order given. It is
// the ledger that makes a figure announced at most once per channel: the
// keys are committed before the caller posts.
func (d *DB) Announce(ctx context.Context, channel string, keys []string, at time.Time) ([]string, error) {
	var fresh []string
	err := d.update(ctx, func(tx *bolt.Tx) error {
		all, err := tx.CreateBucketIfNotExists(announcedBucket)
		if err != nil {
			return err
		}
		b, err := all.CreateBucketIfNotExists([]byte(channel))
		if err != nil {
			return err
		}
		stamp := []byte(at.UTC().Format(time.RFC3339))
		for _, k := range keys {
			if b.Get([]byte(k)) != nil {
				continue
			}
			if err := b.Put([]byte(k), stamp); err != nil {
				return err
			}
			fresh = append(fresh, k)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return fresh, nil
}

func idKey(id uint64) []byte {
	return binary.BigEndian.AppendUint64(nil, id)
}
