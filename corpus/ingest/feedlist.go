package ingest

import (
	"bufio"
	"bytes"
	"fmt"
	"net/url"
	"strings"
)

// ParseFeedList reads a list of feeds: one URL a line, blank lines and
// lines starting with # ignored, and a # after white space starting a
// comment. Name is the file's name, for problems. Lines that are not
// http or https URLs are returned as problems ("feeds.txt:3: ...") and
// the rest is read.
func ParseFeedList(name string, data []byte) (urls []string, problems []string) {
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	seen := map[string]bool{}
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if i := strings.Index(line, " #"); i >= 0 {
			line = strings.TrimSpace(line[:i])
		}
		if i := strings.Index(line, "\t#"); i >= 0 {
			line = strings.TrimSpace(line[:i])
		}
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		u, err := url.Parse(line)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			problems = append(problems, fmt.Sprintf("%s:%d: %q is not an http or https URL; skipped", name, n, line))
			continue
		}
		if !seen[line] {
			seen[line] = true
			urls = append(urls, line)
		}
	}
	if err := sc.Err(); err != nil {
		problems = append(problems, fmt.Sprintf("%s: %v", name, err))
	}
	return urls, problems
}
