package main

import (
	"bytes"
	"context"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/dealbot/dealbot/corpus/state"
	"github.com/dealbot/dealbot/corpus/state/pgtest"
)

func TestStateCheck(t *testing.T) {
	tmp := t.TempDir()
	made := filepath.Join(tmp, "made.db")
	if r := dealbot(t, nil, "", "state", "--state", made, "check"); r.code != exitOK {
		t.Fatalf("checking a missing file: %+v", r)
	}
	if _, err := os.Stat(made); err == nil {
		t.Error("state check created the state file")
	}
	db, err := state.Open(context.Background(), made)
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	damaged := filepath.Join(tmp, "damaged.db")
	if err := os.WriteFile(damaged, []byte(strings.Repeat("not bbolt ", 1000)), 0o600); err != nil {
		t.Fatal(err)
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	closed := l.Addr().String()
	l.Close()
	const secret = "hunter2-secret"

	tests := []struct {
		name   string
		env    map[string]string
		args   []string
		code   int
		stdout []string
		stderr string
	}{
		{"no file yet", map[string]string{"DEALBOT_STATE": filepath.Join(tmp, "none.db")}, []string{"check"}, exitOK,
			[]string{"store:     " + filepath.Join(tmp, "none.db"), "reachable: no file yet", "dealbot creates the file, at version 1"}, ""},
		{"no folder yet", nil, []string{"--state", filepath.Join(tmp, "nonexist", "x.db"), "check"}, exitOK,
			[]string{"reachable: no file yet", "the folder " + filepath.Join(tmp, "nonexist") + " does not exist either: dealbot creates both"}, ""},
		{"flag after check", nil, []string{"check", "--state", made}, exitOK,
			[]string{"store:     " + made, "reachable: yes", "version 1 (up to date)"}, ""},
		{"help after check", nil, []string{"check", "-h"}, exitOK, []string{"Usage:\n  dealbot state"}, ""},
		{"unknown flag after check", nil, []string{"check", "--frob"}, exitUsage, nil, "flag provided but not defined: -frob\n\n"},
		{"argument after check", nil, []string{"check", "--state", made, "now"}, exitUsage, nil, `unexpected argument "now"`},
		{"file", nil, []string{"--state", made, "check"}, exitOK,
			[]string{"store:     " + made, "reachable: yes", "version 1 (up to date)"}, ""},
		{"damaged file", nil, []string{"--state", damaged, "check"}, exitFail,
			[]string{"reachable: yes, but it cannot be used"}, "move it aside"},
		{"database down", map[string]string{"DEALBOT_STATE": "postgres://dealbot:" + secret + "@" + closed + "/dealbot"}, []string{"check"}, exitFail,
			[]string{"store:     postgres://" + closed + "/dealbot", "reachable: no"}, "check the host and port in DEALBOT_STATE"},
		{"password in the query", map[string]string{"DEALBOT_STATE": "postgres://dealbot@" + closed + "/dealbot?password=" + secret}, []string{"check"}, exitFail,
			[]string{"store:     postgres://" + closed + "/dealbot", "reachable: no"}, "check the host and port in DEALBOT_STATE"},
		{"unreadable URL with the password in the query", map[string]string{"DEALBOT_STATE": "postgres://dealbot@" + closed + "/dealbot?sslmode=sometimes&password=" + secret}, []string{"check"}, exitUsage,
			[]string{"reachable: not tried, the URL cannot be read"}, "sslmode"},
		{"unreadable URL", map[string]string{"DEALBOT_STATE": "postgres://dealbot:" + secret + "@[::1/dealbot"}, []string{"check"}, exitUsage,
			[]string{"reachable: not tried, the URL cannot be read"}, "DEALBOT_STATE should look like"},
		{"usage with the password in the query", map[string]string{"DEALBOT_STATE": "postgres://dealbot@" + closed + "/dealbot?password=" + secret}, []string{"-h"}, exitOK,
			[]string{"password=xxxxx"}, ""},
		{"no subcommand", nil, nil, exitUsage, nil, "dealbot state check"},
		{"unknown subcommand", nil, []string{"fix"}, exitUsage, nil, "dealbot state check"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := dealbot(t, tt.env, "", append([]string{"state"}, tt.args...)...)
			if r.code != tt.code {
				t.Errorf("exit code %d, want %d\nstdout: %s\nstderr: %s", r.code, tt.code, r.stdout, r.stderr)
			}
			for _, want := range tt.stdout {
				if !strings.Contains(r.stdout, want) {
					t.Errorf("stdout does not say %q:\n%s", want, r.stdout)
				}
			}
			if !strings.Contains(r.stderr, tt.stderr) {
				t.Errorf("stderr does not say %q:\n%s", tt.stderr, r.stderr)
			}
			if strings.Contains(r.stderr, "`dealbot state check`") {
				t.Errorf("state check sends the reader to itself:\n%s", r.stderr)
			}
			if strings.Contains(r.stdout+r.stderr, secret) {
				t.Errorf("the password is shown:\n%s%s", r.stdout, r.stderr)
			}
		})
	}
}

// TestStateCheckChangesNothing checks state files as dealbot versions
// left them, an older one without a version key among them: the check
// says what it found and leaves every file as it was, bytes and time.
func TestStateCheckChangesNothing(t *testing.T) {
	tmp := t.TempDir()
	// write makes a bbolt file with a feeds bucket and, when version is
	// not empty, the version key.
	write := func(name, version string) string {
		t.Helper()
		path := filepath.Join(tmp, name)
		db, err := bolt.Open(path, 0o600, nil)
		if err != nil {
			t.Fatal(err)
		}
		err = db.Update(func(tx *bolt.Tx) error {
			if _, err := tx.CreateBucket([]byte("feeds")); err != nil {
				return err
			}
			if version == "" {
				return nil
			}
			meta, err := tx.CreateBucket([]byte("meta"))
			if err != nil {
				return err
			}
			return meta.Put([]byte("version"), []byte(version))
		})
		if cerr := db.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			t.Fatal(err)
		}
		// An old time, so that any write would show.
		old := time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC)
		if err := os.Chtimes(path, old, old); err != nil {
			t.Fatal(err)
		}
		return path
	}
	tests := []struct {
		name, version string
		code          int
		stdout        string
	}{
		{"older.db", "", exitOK, "schema:    none recorded (a file from an older dealbot); this dealbot records version 1"},
		{"current.db", "1", exitOK, "schema:    version 1 (up to date)"},
		{"newer.db", "7", exitFail, "schema:    version 7"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := write(tt.name, tt.version)
			before, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			info, err := os.Stat(path)
			if err != nil {
				t.Fatal(err)
			}
			r := dealbot(t, nil, "", "state", "--state", path, "check")
			if r.code != tt.code || !strings.Contains(r.stdout, tt.stdout) {
				t.Errorf("exit code %d, want %d; stdout does not say %q?\n%s%s", r.code, tt.code, tt.stdout, r.stdout, r.stderr)
			}
			after, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(after, before) {
				t.Error("state check changed the file's bytes")
			}
			if now, err := os.Stat(path); err != nil || !now.ModTime().Equal(info.ModTime()) || now.Mode() != info.Mode() {
				t.Errorf("state check touched the file: %v, mtime %v, was %v", err, now.ModTime(), info.ModTime())
			}
		})
	}
}

func TestStateCheckPostgres(t *testing.T) {
	srv := pgtest.Start(t)
	url := srv.Database(t)
	env := map[string]string{"DEALBOT_STATE": url}
	steps := []struct {
		args   []string
		code   int
		stdout string
	}{
		{[]string{"state", "check"}, exitOK, "none yet"},
		{nil, 0, ""}, // serve starts on it
		{[]string{"state", "check"}, exitOK, "version 2 (up to date)"},
		// Usage shows the default from DEALBOT_STATE: not its password.
		{[]string{"state", "-h"}, exitOK, "(default postgres://127.0.0.1:"},
		{[]string{"ingest", "-h"}, exitOK, "(default postgres://127.0.0.1:"},
	}
	for _, s := range steps {
		if s.args == nil {
			db, err := state.Open(context.Background(), url)
			if err != nil {
				t.Fatal(err)
			}
			db.Close()
			continue
		}
		r := dealbot(t, env, "", s.args...)
		if r.code != s.code || !strings.Contains(r.stdout, s.stdout) {
			t.Errorf("dealbot %s: exit %d, stdout %q; want %d and %q\nstderr: %s", s.args, r.code, r.stdout, s.code, s.stdout, r.stderr)
		}
		if strings.Contains(r.stdout+r.stderr, srv.Password()) {
			t.Errorf("dealbot %s shows the password", s.args)
		}
	}
	if r := dealbot(t, env, "", "state", "check"); !strings.Contains(r.stdout, "store:     postgres://127.0.0.1:") {
		t.Errorf("the store is not named: %s", r.stdout)
	}
}
