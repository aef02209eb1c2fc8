package state

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"
)

// In the file, leases run on this machine's clock, which every process
// sharing the file shares.

var (
	claimsBucket = []byte("claims") // event ID -> fileClaim
	leaderKey    = []byte("leader") // in metaBucket -> fileLease
)

type fileClaim struct {
	Owner    string
	Expires  time.Time
	Answered time.Time // zero while unanswered
}

type fileLease struct {
	Owner   string
	Expires time.Time
}

// Claim asks to answer id as owner; see Store.
func (d *DB) Claim(ctx context.Context, id, owner string, lease time.Duration) (ClaimResult, error) {
	res := ClaimHeld
	err := d.update(ctx, func(tx *bolt.Tx) error {
		b, err := tx.CreateBucketIfNotExists(claimsBucket)
		if err != nil {
			return err
		}
		now := time.Now()
		var c fileClaim
		if v := b.Get([]byte(id)); v != nil {
			if err := json.Unmarshal(v, &c); err != nil {
				return fmt.Errorf("%w: claim %q: %v", ErrDamaged, id, err)
			}
			switch {
			case !c.Answered.IsZero():
				res = ClaimDone
				return nil
			case c.Owner != owner && now.Before(c.Expires):
				res = ClaimHeld
				return nil
			}
		}
		res = ClaimTaken
		v, err := json.Marshal(fileClaim{Owner: owner, Expires: now.Add(lease)})
		if err != nil {
			return err
		}
		return b.Put([]byte(id), v)
	})
	if err != nil {
		return ClaimHeld, err
	}
	return res, nil
}

// Answered marks id as answered; see Store.
func (d *DB) Answered(ctx context.Context, id, owner string) error {
	return d.update(ctx, func(tx *bolt.Tx) error {
		b, err := tx.CreateBucketIfNotExists(claimsBucket)
		if err != nil {
			return err
		}
		var c fileClaim
		if v := b.Get([]byte(id)); v != nil {
			if err := json.Unmarshal(v, &c); err != nil {
				return fmt.Errorf("%w: claim %q: %v", ErrDamaged, id, err)
			}
			if !c.Answered.IsZero() {
				return nil
			}
		}
		now := time.Now()
		v, err := json.Marshal(fileClaim{Owner: owner, Expires: now, Answered: now})
		if err != nil {
			return err
		}
		return b.Put([]byte(id), v)
	})
}

// PruneClaims forgets old claims; see Store.
func (d *DB) PruneClaims(ctx context.Context) (int, error) {
	return d.pruneClaims(ctx, AnsweredKept)
}

// pruneClaims forgets claims answered, or left by their owner, more than
// keep ago, and returns how many.
func (d *DB) pruneClaims(ctx context.Context, keep time.Duration) (int, error) {
	n := 0
	err := d.update(ctx, func(tx *bolt.Tx) error {
		b := tx.Bucket(claimsBucket)
		if b == nil {
			return nil
		}
		var err error
		n, err = pruneBucket(b, time.Now().Add(-keep))
		return err
	})
	return n, err
}

func pruneBucket(b *bolt.Bucket, horizon time.Time) (int, error) {
	var old [][]byte
	err := b.ForEach(func(k, v []byte) error {
		var c fileClaim
		if json.Unmarshal(v, &c) != nil {
			old = append(old, append([]byte(nil), k...)) // an unreadable claim is of no use
			return nil
		}
		last := c.Answered
		if last.IsZero() {
			last = c.Expires
		}
		if last.Before(horizon) {
			old = append(old, append([]byte(nil), k...))
		}
		return nil
	})
	if err != nil {
		return 0, err
	}
	for _, k := range old {
		if err := b.Delete(k); err != nil {
			return 0, err
		}
	}
	return len(old), nil
}

// Lead takes or renews the leader lease; see Store.
func (d *DB) Lead(ctx context.Context, owner string, ttl time.Duration) (bool, error) {
	won := false
	err := d.update(ctx, func(tx *bolt.Tx) error {
		meta := tx.Bucket(metaBucket)
		now := time.Now()
		if v := meta.Get(leaderKey); v != nil {
			var l fileLease
			if err := json.Unmarshal(v, &l); err != nil {
				return fmt.Errorf("%w: leader lease: %v", ErrDamaged, err)
			}
			if l.Owner != owner && now.Before(l.Expires) {
				return nil
			}
		}
		v, err := json.Marshal(fileLease{Owner: owner, Expires: now.Add(ttl)})
		if err != nil {
			return err
		}
		won = true
		return meta.Put(leaderKey, v)
	})
	return won, err
}

// Resign frees the leader lease if owner holds it; see Store.
func (d *DB) Resign(ctx context.Context, owner string) error {
	return d.update(ctx, func(tx *bolt.Tx) error {
		meta := tx.Bucket(metaBucket)
		v := meta.Get(leaderKey)
		if v == nil {
			return nil
		}
		var l fileLease
		if err := json.Unmarshal(v, &l); err != nil {
			return fmt.Errorf("%w: leader lease: %v", ErrDamaged, err)
		}
		if l.Owner != owner {
			return nil
		}
		return meta.Delete(leaderKey)
	})
}
