package bot

import (
	"context"
	"testing"

	"github.com/dealbot/dealbot/index"
)

// A bot stopping right after it took a /deal command still acknowledges
// it before its socket closes: an envelope answered but not acknowledged
// is redelivered, and another replica answers it a second time. The ack is
// only queued when ack returns, so a bot that closed its socket at once
// dropped it in most runs; the test stops twenty times.
func TestStoppingBotAcknowledgesWhatItAnswered(t *testing.T) {
	for i := range 20 {
		started := make(chan struct{})
		h := start(t, &fakeAsker{ask: func(ctx context.Context, q string) (index.Answer, error) {
			close(started)
			return dealAnswer(q), nil
		}}, nil)
		id := h.fake.SlashCommand("/deal", "amazon")
		<-started
		if err := h.stop(t); err != nil {
			t.Fatalf("run %d: Run returned %v", i, err)
		}
		acks := h.fake.AcksOf(id)
		if len(acks) == 0 {
			t.Fatalf("run %d: the envelope was answered but never acknowledged", i)
		}
		if len(h.fake.Posts()) == 0 && acks[0].Empty() {
			t.Fatalf("run %d: the command was acknowledged but never answered", i)
		}
	}
}
