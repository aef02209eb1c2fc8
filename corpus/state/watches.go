package state

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"
)

var (
	watchesBucket   = []byte("watches")
	announcedBucket = []byte("announced")
)

// Watch is a channel's standing question: figures that match Query are
// posted to Channel when they first appear.
type Watch struct {
	// ID numbers watches across all channels; it never changes and is not
	// used again.
	ID      uint64
	Channel string
	Query   string
	// User is who made it.
	User    string
	Created time.Time
}

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
		return b.Delete(idKey(id))
	})
	return removed, err
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
