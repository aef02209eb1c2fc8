package main

import (
	"context"
	"fmt"
	"time"

	"github.com/dealbot/dealbot/bot"
	"github.com/dealbot/dealbot/corpus/state"
)

// claimLease is how long a replica's claim on a question stands without
// being renewed or answered: after it, another replica may answer a
// redelivery of the question. The bot renews it well within this while
// it answers.
const claimLease = 10 * time.Second

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
