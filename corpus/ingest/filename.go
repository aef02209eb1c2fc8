package ingest

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
	"time"
)

// fileNameForm is every name FileName gives, with the -2, -3, ... that
// writing adds when a name is taken: a date, lower-case ASCII words and
// digits joined by single hyphens, .md.
var fileNameForm = regexp.MustCompile(`^[0-9]{4}-[0-9]{2}-[0-9]{2}-[a-z0-9]+(-[a-z0-9]+)*\.md$`)

// maxFileName bounds a name: a slug is about 60 characters, the date and
// a suffix add 20.
const maxFileName = 100

// MaxNameTries is how many names ingest tries for one article: name, then
// name-2.md up to name-999.md.
const MaxNameTries = 999

// NumberedName is the nth name ingest tries for an article called name
// (n from 1 to MaxNameTries): name itself, then name-2.md, name-3.md, ...
// for the same title written again.
func NumberedName(name string, n int) string {
	if n <= 1 {
		return name
	}
	return fmt.Sprintf("%s-%d.md", strings.TrimSuffix(name, ".md"), n)
}

// CheckFileName returns nil when name is a plain file name of the form
// ingest writes (2025-09-10-oracle-signs-300-billion-deal-with-openai.md,
// or with -2 before .md), and an error saying why not otherwise. A name
// that passes is safe to join to a folder: it has no separator, no "..",
// no leading dot and no control character.
func CheckFileName(name string) error {
	switch {
	case len(name) > maxFileName:
		return fmt.Errorf("%d bytes long; ingest names files in at most %d", len(name), maxFileName)
	case !fileNameForm.MatchString(name):
		return errors.New("not a name ingest gives (YYYY-MM-DD-words-of-the-title.md)")
	}
	if _, err := time.Parse("2006-01-02", name[:10]); err != nil {
		return fmt.Errorf("%q is not a date", name[:10])
	}
	return nil
}

// WriteFile writes data into dir as ingest writes an article: under name,
// or name-2, name-3, ... when name is taken, through a temporary file
// synced and linked into place, so that no reader sees half a file and no
// existing file is replaced. It returns the name used. It refuses a name
// CheckFileName refuses.
func WriteFile(dir, name string, data []byte) (string, error) {
	if err := CheckFileName(name); err != nil {
		return "", fmt.Errorf("writing %q into %s: %w", name, dir, err)
	}
	used, err := createFile(dir, name, data)
	if err != nil {
		return "", err
	}
	syncDir(dir)
	return used, nil
}
