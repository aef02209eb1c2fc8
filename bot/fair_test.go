package bot

import (
	"context"
	"strings"
	"sync"
	"testing"

	"github.com/dealbot/dealbot/bot/internal/slackfake"
	"github.com/dealbot/dealbot/index"
)

// TestOnePersonsBurstDoesNotHoldUpOthers has one person send a burst of
// slow questions, then another person ask one: the second is answered
// while the burst still waits, and no more than MaxPerUser of the burst run
// at once.
func TestOnePersonsBurstDoesNotHoldUpOthers(t *testing.T) {
	var mu sync.Mutex
	running, most := 0, 0
	release := make(chan struct{})
	asker := &fakeAsker{ask: func(ctx context.Context, q string) (index.Answer, error) {
		if strings.Contains(q, "burst") {
			mu.Lock()
			running++
			most = max(most, running)
			mu.Unlock()
			defer func() { mu.Lock(); running--; mu.Unlock() }()
			select {
			case <-release:
			case <-ctx.Done():
			}
		}
		return dealAnswer(q), nil
	}}
	h := start(t, asker, func(c *Config) { c.MaxInFlight = 4; c.MaxPerUser = 2 })
	defer close(release)
	for range 10 {
		h.fake.Mention("<@"+slackfake.DefaultBotUserID+"> burst amazon", slackfake.User("UBURST"))
	}
	h.fake.Mention("<@"+slackfake.DefaultBotUserID+"> amazon microsoft", slackfake.User("UOTHER"))
	posts := h.fake.WaitPosts(1)
	if len(posts) != 1 || !strings.Contains(posts[0].Text, "over $1.2 billion") {
		t.Errorf("first answer = %q, want the other person's", posts[0].Text)
	}
	mu.Lock()
	defer mu.Unlock()
	if most > 2 {
		t.Errorf("%d of one person's questions ran at once, want at most 2", most)
	}
}
