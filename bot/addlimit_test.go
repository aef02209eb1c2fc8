package bot

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dealbot/dealbot/bot/internal/slackfake"
)

func TestAddLimiter(t *testing.T) {
	t0 := time.Date(2026, 3, 2, 14, 0, 0, 0, time.UTC)
	type press struct {
		at   time.Duration // after t0
		user string
		// refused: "" taken, "user" or "workspace" the limit reached
		refused string
		retryAt time.Duration // after t0, when refused
	}
	for _, c := range []struct {
		name    string
		presses []press
	}{
		{"a person's third press in the hour", []press{
			{0, "U1", "", 0},
			{10 * time.Minute, "U1", "", 0},
			{20 * time.Minute, "U1", "user", 60 * time.Minute},
		}},
		{"taken again once the oldest press leaves the hour", []press{
			{0, "U1", "", 0},
			{10 * time.Minute, "U1", "", 0},
			{59 * time.Minute, "U1", "user", 60 * time.Minute},
			{60 * time.Minute, "U1", "", 0},
			{61 * time.Minute, "U1", "user", 70 * time.Minute},
		}},
		{"a refused press does not count", []press{
			{0, "U1", "", 0},
			{1 * time.Minute, "U1", "", 0},
			{2 * time.Minute, "U1", "user", 60 * time.Minute},
			{3 * time.Minute, "U1", "user", 60 * time.Minute},
			{61 * time.Minute, "U1", "", 0},
		}},
		{"others are not held up by one person", []press{
			{0, "U1", "", 0},
			{0, "U1", "", 0},
			{0, "U1", "user", 60 * time.Minute},
			{5 * time.Minute, "U2", "", 0},
		}},
		{"the workspace's limit", []press{
			{0, "U1", "", 0},
			{5 * time.Minute, "U2", "", 0},
			{10 * time.Minute, "U3", "", 0},
			{15 * time.Minute, "U4", "workspace", 60 * time.Minute},
			{61 * time.Minute, "U4", "", 0},
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			var now time.Time
			l := newAddLimiter(2, 3, time.Hour, func() time.Time { return now })
			for i, p := range c.presses {
				now = t0.Add(p.at)
				r := l.take(p.user)
				switch {
				case p.refused == "" && r != nil:
					t.Errorf("press %d by %s at +%v refused (%+v), want it taken", i, p.user, p.at, *r)
				case p.refused != "" && r == nil:
					t.Errorf("press %d by %s at +%v taken, want it refused by the %s limit", i, p.user, p.at, p.refused)
				case r != nil && (r.workspace != (p.refused == "workspace") || !r.retryAt.Equal(t0.Add(p.retryAt))):
					t.Errorf("press %d by %s at +%v: refused %+v, want by the %s limit until +%v", i, p.user, p.at, *r, p.refused, p.retryAt)
				}
			}
		})
	}
}

// countingSaver counts the pages it is asked to save and saves them all.
type countingSaver struct {
	mu    sync.Mutex
	saved int
}

var _ ArticleSaver = (*countingSaver)(nil)

func (s *countingSaver) SaveArticle(_ context.Context, url string) (Saved, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.saved++
	return Saved{Title: "Story " + url[strings.LastIndex(url, "/")+1:]}, nil
}

func (s *countingSaver) count() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.saved
}

// One person pressing "Add to articles" over and over is stopped at
// AddsPerUser in the hour, with a private reply saying until when; someone
// else is not.
func TestAddToArticlesIsLimitedPerPerson(t *testing.T) {
	saver := &countingSaver{}
	now := time.Date(2026, 3, 2, 14, 0, 0, 0, time.UTC)
	h := start(t, answering(nil), func(c *Config) {
		c.Saver = saver
		c.Now = func() time.Time { return now }
	})
	n := 0
	for i := range AddsPerUser {
		h.fake.Click(addArticleActionID, fmt.Sprintf("https://news.example/%d", i), slackfake.User("UMANY"))
		n++
		mustContain(t, "a press within the limit", lastResponse(t, h.fake, n).Text, "Added: ")
	}
	h.fake.Click(addArticleActionID, "https://news.example/over", slackfake.User("UMANY"))
	n++
	over := lastResponse(t, h.fake, n).Text
	mustContain(t, "the press over the limit", over, fmt.Sprintf("You have pressed Add to articles %d times in the last hour", AddsPerUser), "try again at", "15:00 UTC")
	if saver.count() != AddsPerUser {
		t.Errorf("saved %d pages, want %d: the press over the limit must not fetch", saver.count(), AddsPerUser)
	}
	h.fake.Click(addArticleActionID, "https://news.example/other", slackfake.User("UOTHER"))
	n++
	mustContain(t, "another person's press", lastResponse(t, h.fake, n).Text, "Added: ")
}
