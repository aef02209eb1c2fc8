package bot

import (
	"strings"

	"github.com/dealbot/dealbot/index"
)

// Byline says who published an article and when, as one plain-text line:
// "Reuters · Nov 8, 2023", or "" when the source says neither. Slack
// answers and the terminal both show sources with it; it is not escaped for
// mrkdwn.
func Byline(s index.Source) string {
	var parts []string
	if s.Publication != "" {
		parts = append(parts, s.Publication)
	}
	if d := formatDate(s.Published); d != "" {
		parts = append(parts, d)
	}
	return strings.Join(parts, " · ")
}
