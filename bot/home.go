package bot

import (
	"context"
	"strings"

	"github.com/slack-go/slack"

	"github.com/dealbot/dealbot/index"
	"github.com/dealbot/dealbot/index/layout"
)

// homeDeals is how many of the latest deals the App Home lists.
const homeDeals = 6

// renderHome draws the App Home tab: the latest deals, then what to ask
// and what the articles cover. latest is the answer to "latest"; a zero
// Answer (the index unavailable) leaves the deals out.
func renderHome(latest index.Answer, cov index.Coverage) []slack.Block {
	blocks := []slack.Block{slack.NewHeaderBlock(plain("Latest cloud deals"))}
	r := layout.Lay(latest, layout.Options{MaxLines: homeDeals - 1})
	if r.Empty() {
		blocks = append(blocks, section("No deals to show right now: the deal index is unavailable or empty."))
	} else {
		lines := []string{"• " + lineMrkdwn(r.Lead)}
		if len(r.Source) > 0 {
			lines[0] += " · " + lineMrkdwn(r.Source)
		}
		for _, l := range r.Lines {
			lines = append(lines, "• "+lineMrkdwn(l))
		}
		text, _ := joinLines(strings.Join(lines[:1], ""), lines[1:], homeDeals, maxSectionText, "", "")
		blocks = append(blocks, section(text))
	}
	help := renderHelp(onCommand, cov)
	blocks = append(blocks, slack.NewDividerBlock(), slack.NewHeaderBlock(plain("What to ask")))
	return append(blocks, help.Blocks...)
}

// publishHome answers an app_home_opened event by publishing the Home tab
// for user.
func (b *Bot) publishHome(ctx context.Context, user string) {
	defer b.recoverPanic("app home", nil)
	actx, cancel := context.WithTimeout(ctx, b.askTimeout)
	defer cancel()
	latest, err := b.asker.AskN(actx, "latest", homeDeals+4)
	if err != nil {
		b.log.Warn("could not read the latest deals for the App Home; publishing it without them", "error", err)
		latest = index.Answer{}
	}
	var cov index.Coverage
	if c, ok := b.asker.(Coverer); ok {
		if cov, err = c.Coverage(actx); err != nil {
			b.log.Warn("could not read what the articles cover; the App Home leaves it out", "error", err)
		}
	}
	view := slack.HomeTabViewRequest{Type: slack.VTHomeTab, Blocks: slack.Blocks{BlockSet: renderHome(latest, cov)}}
	err = b.retry(ctx, "views.publish", func(ctx context.Context) error {
		_, err := b.api.PublishViewContext(ctx, slack.PublishViewContextRequest{UserID: user, View: view})
		return err
	})
	if err != nil {
		b.log.Error("could not publish the App Home", "method", "views.publish", "slack_error", slackCode(err), "user", user, "error", err)
	}
}
