package main

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/dealbot/dealbot/bot"
	"github.com/dealbot/dealbot/corpus/state"
)

// claimLease is how long a replica's claim on a question stands without
// being renewed or answered: after it, another replica may answer a
// redelivery of the question. The bot renews it well within this while
// it answers.
const claimLease = 10 * time.Second

// claimPruneEvery is how often the leader forgets old claims: the claims
// table holds those of the last state.AnsweredKept, and at most this much
// more.
const claimPruneEvery = 5 * time.Minute

// claimPruner is the part of the state store that forgets old claims.
type claimPruner interface {
	PruneClaims(ctx context.Context) (int, error)
}

// pruneClaims forgets old claims at each tick until ctx is done. Serve
// gives it the ticks that come while this replica leads, so that one
// replica prunes for all; a failure is tried again at the next tick.
func pruneClaims(ctx context.Context, store claimPruner, ticks <-chan time.Time, log *slog.Logger) {
	for {
		select {
		case <-ctx.Done():
			return
		case <-ticks:
		}
		n, err := store.PruneClaims(ctx)
		switch {
		case err != nil && ctx.Err() == nil:
			log.Warn("claims: could not forget old claims; trying again later", "every", claimPruneEvery.String(), "err", err)
		case n > 0:
			log.Debug("claims: forgot old claims", "claims", n)
		}
	}
}

// claimStore claims questions in the state store shared by the replicas,
// as replica owner.
type claimStore struct {
	store state.Store
	owner string
	lease time.Duration
}

var _ bot.Claims = claimStore{}

func (c claimStore) Claim(ctx context.Context, id string) (bot.Claim, error) {
	r, err := c.store.Claim(ctx, id, c.owner, c.lease)
	if err != nil {
		return bot.ClaimHeld, err
	}
	switch r {
	case state.ClaimTaken:
		return bot.ClaimMine, nil
	case state.ClaimHeld:
		return bot.ClaimHeld, nil
	case state.ClaimDone:
		return bot.ClaimDone, nil
	}
	return bot.ClaimHeld, fmt.Errorf("claiming %s: the state store answered %v, which dealbot does not know", id, r)
}

func (c claimStore) Answered(ctx context.Context, id string) error {
	return c.store.Answered(ctx, id, c.owner)
}
