package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// The tokens a .env holds; no output of dealbot may ever contain them.
const (
	testBotToken = "xoxb-2222-3333-secret-bot-token"
	testAppToken = "xapp-1-A111-secret-app-token"
)

func assertNoToken(t *testing.T, r result) {
	t.Helper()
	for _, tok := range []string{testBotToken, testAppToken, "secret-bot", "secret-app"} {
		if strings.Contains(r.stdout, tok) || strings.Contains(r.stderr, tok) {
			t.Errorf("output holds a token (%s):\nstdout: %s\nstderr: %s", tok, r.stdout, r.stderr)
		}
	}
}

func TestMalformedDotenvNamesTheLineNotTheTokens(t *testing.T) {
	tests := []struct {
		name string
		env  string
		says string
	}{
		{"bad name", "DEALBOT_RESPONSE=ephemeral\nDEALBOT-RESPONSE=x\nSLACK_BOT_TOKEN=" + testBotToken + "\nSLACK_APP_TOKEN=" + testAppToken + "\n",
			"line 2: not in KEY=value form"},
		{"unterminated quote", "SLACK_APP_TOKEN=" + testAppToken + "\nSLACK_BOT_TOKEN=\"" + testBotToken + "\nDEALBOT_LOG_LEVEL=info\n",
			"line 2: a quoted value has no closing quote"},
		{"no equals sign", "SLACK_BOT_TOKEN " + testBotToken + "\n", "line 1: not in KEY=value form"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			envFile := filepath.Join(t.TempDir(), ".env")
			if err := os.WriteFile(envFile, []byte(tt.env), 0o600); err != nil {
				t.Fatal(err)
			}
			for _, args := range [][]string{{"version"}, {"serve"}, {"ask", "amazon"}} {
				r := dealbot(t, nil, envFile, args...)
				if r.code == exitOK {
					t.Errorf("%v: exit 0 with a broken .env", args)
				}
				if !strings.Contains(r.stderr, envFile+", "+tt.says) {
					t.Errorf("%v: the error does not say %q:\n%s", args, envFile+", "+tt.says, r.stderr)
				}
				assertNoToken(t, r)
			}
		})
	}
}

func TestASymlinkToTheDotenvIsNotIndexed(t *testing.T) {
	top := t.TempDir()
	envFile := filepath.Join(top, ".env")
	if err := os.WriteFile(envFile, []byte("SLACK_BOT_TOKEN="+testBotToken+"\nSLACK_APP_TOKEN="+testAppToken+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	drop := filepath.Join(top, "drop")
	if err := os.MkdirAll(drop, 0o755); err != nil {
		t.Fatal(err)
	}
	article := "Amazon signs Microsoft 365 deal\nAmazon will pay over $1 billion for Microsoft 365 licences.\n"
	if err := os.WriteFile(filepath.Join(drop, "deal.txt"), []byte(article), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(envFile, filepath.Join(drop, "notes.txt")); err != nil {
		t.Skip(err)
	}
	idx := filepath.Join(top, "deals.bleve")
	r := dealbot(t, nil, envFile, "index", "--corpus", drop, "--index", idx)
	if r.code != exitOK {
		t.Fatalf("index: exit %d: %s", r.code, r.stderr)
	}
	if !strings.Contains(r.stderr, "notes.txt: symbolic link to a place outside the corpus folder") {
		t.Errorf("index does not say why notes.txt was skipped:\n%s", r.stderr)
	}
	assertNoToken(t, r)
	for _, q := range []string{"xoxb", "SLACK_BOT_TOKEN", "secret bot token", "amazon"} {
		r := dealbot(t, nil, envFile, "ask", "--index", idx, "--json", q)
		assertNoToken(t, r)
	}
}

func TestTerminalOutputShowsNoRawControlCharacters(t *testing.T) {
	drop := t.TempDir()
	files := map[string]string{
		// An empty file with a name that sets the window title and forges a line.
		"evil\x1b]0;owned\x07\nskipped other.md: all good.md": "",
		"deal.md": "---\ntitle: \"Amazon \\e]8;;https://evil.example\\e\\\\signs\\e]8;;\\e\\\\ a \\u202EMicrosoft deal\"\n" +
			"source: \"Wire\\e[2J\"\nurl: \"https://example.com/deal\"\n---\nAmazon will pay over $1 billion for Microsoft 365 licences.\n",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(drop, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	idx := filepath.Join(t.TempDir(), "deals.bleve")
	runs := []result{
		dealbot(t, nil, "", "index", "--corpus", drop, "--index", idx),
		dealbot(t, nil, "", "ask", "--index", idx, "amazon", "microsoft"),
		dealbot(t, nil, "", "ask", "--corpus", drop, "amazon"),
	}
	for i, r := range runs {
		if r.code != exitOK {
			t.Fatalf("run %d: exit %d: %s", i, r.code, r.stderr)
		}
		for _, out := range []string{r.stdout, r.stderr} {
			if strings.ContainsAny(out, "\x1b\x07\u202e") {
				t.Errorf("run %d printed a raw control character:\n%q", i, out)
			}
			for _, line := range strings.Split(out, "\n") {
				if strings.HasPrefix(line, "skipped other.md") {
					t.Errorf("run %d: a file name forged a line: %q", i, line)
				}
			}
		}
	}
	if !strings.Contains(runs[0].stderr, `evil\x1b]0;owned\x07\nskipped other.md: all good.md: empty file`) {
		t.Errorf("index does not show the odd name escaped:\n%s", runs[0].stderr)
	}
	if !strings.Contains(runs[1].stdout, "Microsoft deal") {
		t.Errorf("the answer lost the article:\n%s", runs[1].stdout)
	}
}

func TestServeRefusesAPlainHTTPWebAPIElsewhere(t *testing.T) {
	env := map[string]string{
		"SLACK_APP_TOKEN": testAppToken,
		"SLACK_BOT_TOKEN": testBotToken,
		// Nothing listens there; the refusal comes before any connection.
		"SLACK_API_URL": "http://192.0.2.1/api/",
	}
	r := dealbot(t, env, "", "serve", "--index", filepath.Join(t.TempDir(), "none.bleve"))
	if r.code != exitUsage || !strings.Contains(r.stderr, "SLACK_API_URL is plain http to 192.0.2.1") {
		t.Errorf("exit %d, want 2 (a bad setting) with a reason:\n%s", r.code, r.stderr)
	}
	assertNoToken(t, r)
}

func TestAnInterruptStopsABuildWithinASecond(t *testing.T) {
	if testing.Short() {
		t.Skip("writes 40 MB of articles; the full run covers it")
	}
	drop := t.TempDir()
	// Large files keep the parsers busy when the interrupt comes.
	deal := "Amazon agreed to pay Microsoft over $1 billion for Microsoft 365 licences for about 1 million staff. "
	for i := range 8 {
		text := fmt.Sprintf("Deal %d\n%s", i, strings.Repeat(deal, (5<<20)/len(deal)))
		if err := os.WriteFile(filepath.Join(drop, fmt.Sprintf("big%d.txt", i)), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// A FIFO: opening it for reading would block until a writer comes.
	if err := syscall.Mkfifo(filepath.Join(drop, "pipe.md"), 0o644); err != nil {
		t.Skip(err)
	}
	idx := filepath.Join(t.TempDir(), "deals.bleve")
	ctx, cancel := context.WithCancel(context.Background())
	var stdout, stderr bytes.Buffer
	done := make(chan int, 1)
	go func() {
		done <- run(ctx, []string{"index", "--corpus", drop, "--index", idx}, system{
			getenv: func(string) string { return "" }, stdout: &stdout, stderr: &stderr,
		})
	}()
	time.Sleep(300 * time.Millisecond) // the build is under way: the interrupt lands mid-load
	cancel()
	interrupted := time.Now()
	select {
	case code := <-done:
		if waited := time.Since(interrupted); waited > time.Second {
			t.Errorf("the build stopped %s after the interrupt, want within a second", waited)
		}
		if code != exitFail || !strings.Contains(stderr.String(), "interrupted") {
			t.Errorf("exit %d, want 1 saying it was interrupted:\n%s\nstdout: %s", code, stderr.String(), stdout.String())
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the build did not stop after the interrupt")
	}
	if _, err := os.Stat(filepath.Join(idx, "current")); err == nil {
		t.Error("an interrupted build became current")
	}
}
