package bot

import (
	"net/url"
	"strings"
	"unicode/utf8"

	"github.com/dealbot/dealbot/corpus"
)

// entityEscaper escapes the three characters Slack parses as markup.
var entityEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")

// entityUnescaper undoes entityEscaper, for text as Slack sends it.
var entityUnescaper = strings.NewReplacer("&lt;", "<", "&gt;", ">", "&amp;", "&")

// mrkdwnEscaper also replaces mrkdwn's formatting characters, which Slack
// offers no escape for, with look-alikes it does not act on: text from an
// article cannot make itself bold, struck through or a code block.
var mrkdwnEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;",
	"*", "\u2217", "_", "\u02cd", "~", "\u223c", "`", "\u02cb")

// Escape returns s escaped for Slack mrkdwn and text fields: "&" becomes
// "&amp;", "<" becomes "&lt;" and ">" becomes "&gt;", so that text such as
// "<!channel>", "<!here>" or "<@U123>" shows as typed and pings no one; the
// formatting characters * _ ~ ` become the look-alikes ∗ ˍ ∼ ˋ; characters a
// reader cannot see but Slack obeys (direction overrides, zero-width
// characters, control characters other than newline and tab) are removed.
// Invalid UTF-8 is replaced with U+FFFD, as Slack would show it.
func Escape(s string) string {
	return mrkdwnEscaper.Replace(corpus.StripHidden(s))
}

// escapeLine escapes s and folds it onto one line, for titles and names.
func escapeLine(s string) string {
	return Escape(strings.Join(strings.Fields(s), " "))
}

// safeURL returns rawURL fit to sit inside a Slack link "<url|title>", and
// false when it is not an absolute http or https URL. Characters that would
// end the link early ("|", "<", ">") are percent-encoded and "&" is escaped.
func safeURL(rawURL string) (string, bool) {
	rawURL = strings.TrimSpace(rawURL)
	if rawURL == "" || len(rawURL) > 2000 {
		return "", false
	}
	if corpus.StripHidden(rawURL) != rawURL || strings.ContainsRune(rawURL, ' ') {
		return "", false
	}
	u, err := url.Parse(rawURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.User != nil {
		return "", false
	}
	s := u.String()
	s = strings.NewReplacer("|", "%7C", "<", "%3C", ">", "%3E").Replace(s)
	return entityEscaper.Replace(s), true
}

// link returns a mrkdwn link to rawURL titled title, or just the escaped title
// when the URL is not safe to link. maxTitle bounds the title in bytes.
func link(rawURL, title string, maxTitle int) string {
	t := truncate(escapeLine(title), maxTitle)
	if t == "" {
		t = "untitled article"
	}
	u, ok := safeURL(rawURL)
	if !ok {
		return t
	}
	return "<" + u + "|" + t + ">"
}

// ellipsis marks text cut short.
const ellipsis = "…"

// truncate shortens escaped text s to at most max bytes, cutting at a rune
// boundary, never inside an entity such as "&amp;", and marking the cut with
// an ellipsis. Limits are counted in bytes, which is never fewer than the
// characters Slack counts, so the result always fits.
func truncate(s string, max int) string {
	if len(s) <= max {
		return s
	}
	if max < len(ellipsis) {
		return ""
	}
	cut := max - len(ellipsis)
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	s = s[:cut]
	if amp := strings.LastIndexByte(s, '&'); amp >= 0 && !strings.Contains(s[amp:], ";") {
		s = s[:amp]
	}
	return strings.TrimRight(s, " \n") + ellipsis
}

// queryText turns message or command text as Slack delivers it into the
// query the user typed: links become their label (or URL), channel
// references their name, and the entities Slack escapes are unescaped.
// Other special sequences such as "<!channel>" are kept as literal text; they
// are escaped again whenever the query is shown.
func queryText(s string) string {
	var b strings.Builder
	for {
		i := strings.IndexByte(s, '<')
		if i < 0 {
			b.WriteString(s)
			break
		}
		j := strings.IndexByte(s[i:], '>')
		if j < 0 {
			b.WriteString(s)
			break
		}
		b.WriteString(s[:i])
		inner := s[i+1 : i+j]
		target, label, hasLabel := strings.Cut(inner, "|")
		switch {
		case strings.HasPrefix(target, "#C") && hasLabel:
			b.WriteString("#" + label)
		case strings.HasPrefix(target, "http://") || strings.HasPrefix(target, "https://") || strings.HasPrefix(target, "mailto:"):
			if hasLabel {
				b.WriteString(label)
			} else {
				b.WriteString(target)
			}
		default:
			b.WriteString(s[i : i+j+1])
		}
		s = s[i+j+1:]
	}
	return entityUnescaper.Replace(strings.TrimSpace(b.String()))
}

// stripMention removes every mention of userID ("<@U123>" or
// "<@U123|name>") from text.
func stripMention(text, userID string) string {
	if userID == "" {
		return text
	}
	for _, m := range []string{"<@" + userID + ">", "<@" + userID + "|"} {
		for {
			i := strings.Index(text, m)
			if i < 0 {
				break
			}
			end := i + len(m)
			if strings.HasSuffix(m, "|") {
				j := strings.IndexByte(text[end:], '>')
				if j < 0 {
					return text[:i]
				}
				end += j + 1
			}
			text = text[:i] + " " + text[end:]
		}
	}
	return strings.TrimSpace(text)
}
