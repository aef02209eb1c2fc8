package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/corpus/extract"
	"github.com/dealbot/dealbot/index/bleveindex"
)

// result is what one run of dealbot printed and returned.
type result struct {
	code           int
	stdout, stderr string
}

// dealbot runs the program as a user would, with env as its whole
// environment and no .env file unless envFile names one.
func dealbot(t *testing.T, env map[string]string, envFile string, args ...string) result {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), args, system{
		getenv:  func(k string) string { return env[k] },
		stdout:  &stdout,
		stderr:  &stderr,
		envFile: envFile,
	})
	return result{code, stdout.String(), stderr.String()}
}

func TestUsage(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		code   int
		stdout string
		stderr string
	}{
		{"no command", nil, exitUsage, "", "Commands:"},
		{"unknown command", []string{"frobnicate"}, exitUsage, "", `unknown command "frobnicate"`},
		{"unknown flag", []string{"ask", "--frob", "amazon"}, exitUsage, "", "flag provided but not defined: -frob"},
		{"help", []string{"help"}, exitOK, "SYNOPSIS", ""},
		{"-h", []string{"-h"}, exitOK, "ENVIRONMENT", ""},
		{"help for a command", []string{"help", "ask"}, exitOK, "Examples:\n  dealbot ask amazon microsoft", ""},
		{"ask help", []string{"ask", "help"}, exitOK, "Usage:\n  dealbot ask ", ""},
		{"command -h", []string{"index", "-h"}, exitOK, "-corpus", ""},
		{"ask without a question", []string{"ask"}, exitUsage, "", "what should I look up?"},
		{"bad limit", []string{"ask", "--limit", "0", "amazon"}, exitUsage, "", "--limit must be 1 or more"},
		{"index with an argument", []string{"index", "extra"}, exitUsage, "", `unexpected argument "extra"`},
		{"version", []string{"version"}, exitOK, "dealbot ", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := dealbot(t, nil, "", tt.args...)
			if r.code != tt.code {
				t.Errorf("exit code %d, want %d\nstdout: %s\nstderr: %s", r.code, tt.code, r.stdout, r.stderr)
			}
			checkStream(t, "stdout", r.stdout, tt.stdout)
			checkStream(t, "stderr", r.stderr, tt.stderr)
		})
	}
}

// checkStream checks that got, the output on stream, holds want, or is
// empty when want is "": an error goes to stderr only, help to stdout only.
func checkStream(t *testing.T, stream, got, want string) {
	t.Helper()
	switch {
	case want == "" && got != "":
		t.Errorf("%s should be empty; got:\n%s", stream, got)
	case !strings.Contains(got, want):
		t.Errorf("%s does not contain %q:\n%s", stream, want, got)
	}
}

func TestAskAnswersFromTheBuiltInArticlesWithNoIndex(t *testing.T) {
	env := map[string]string{"DEALBOT_INDEX": filepath.Join(t.TempDir(), "none.bleve")}
	r := dealbot(t, env, "", "ask", "amazon", "microsoft")
	if r.code != exitOK {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	if !strings.Contains(r.stderr, "answering from the built-in articles") {
		t.Errorf("stderr does not say where the answer came from: %q", r.stderr)
	}
	if !strings.Contains(r.stdout, "Amazon → Microsoft: over $1B") {
		t.Errorf("no deal line in the answer:\n%s", r.stdout)
	}
}

func TestAskJSON(t *testing.T) {
	env := map[string]string{"DEALBOT_INDEX": filepath.Join(t.TempDir(), "none.bleve")}
	r := dealbot(t, env, "", "ask", "--json", "how", "many", "licenses", "did", "amazon", "buy")
	if r.code != exitOK {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	var got struct {
		Query string `json:"query"`
		Facts []struct {
			Kind      string   `json:"kind"`
			Value     float64  `json:"value"`
			Unit      string   `json:"unit"`
			Companies []string `json:"companies"`
			Parties   []struct {
				Name string `json:"name"`
				Role string `json:"role"`
			} `json:"parties"`
			Rule   string `json:"rule"`
			Source struct {
				Title string `json:"title"`
				Path  string `json:"path"`
			} `json:"source"`
		} `json:"facts"`
		Articles []struct {
			Title string  `json:"title"`
			Score float64 `json:"score"`
		} `json:"articles"`
	}
	dec := json.NewDecoder(strings.NewReader(r.stdout))
	if err := dec.Decode(&got); err != nil {
		t.Fatalf("stdout is not one JSON object: %v\n%s", err, r.stdout)
	}
	if dec.More() {
		t.Errorf("stdout holds more than one JSON value")
	}
	if got.Query != "how many licenses did amazon buy" {
		t.Errorf("query = %q", got.Query)
	}
	if len(got.Facts) == 0 || got.Facts[0].Kind != "seats" || got.Facts[0].Value != 1e6 || got.Facts[0].Unit != "seats" {
		t.Fatalf("want 1,000,000 seats first, got %+v", got.Facts)
	}
	if f := got.Facts[0]; f.Rule == "" || len(f.Parties) != len(f.Companies) {
		t.Errorf("want the rule and a party for each company, got rule %q, parties %+v, companies %q", f.Rule, f.Parties, f.Companies)
	}
	if got.Facts[0].Source.Title == "" || got.Facts[0].Source.Path == "" {
		t.Errorf("the fact has no source: %+v", got.Facts[0])
	}
	if len(got.Articles) == 0 || got.Articles[0].Score <= 0 {
		t.Errorf("want scored articles, got %+v", got.Articles)
	}
}

func TestIndexThenAsk(t *testing.T) {
	path := filepath.Join(t.TempDir(), "deals.bleve")
	r := dealbot(t, nil, "", "index", "--corpus", "testdata/articles", "--index", path)
	if r.code != exitOK {
		t.Fatalf("index: exit %d: %s", r.code, r.stderr)
	}
	for _, want := range []string{"Indexed 1 article from", "deal_value 1", "Skipped 1 file or line, 0 warnings"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("summary does not say %q:\n%s", want, r.stdout)
		}
	}
	if !strings.Contains(r.stderr, "skipped zz-broken.md") {
		t.Errorf("the broken file is not reported with its name:\n%s", r.stderr)
	}
	r = dealbot(t, map[string]string{"DEALBOT_INDEX": path}, "", "ask", "oracle", "openai")
	if r.code != exitOK || !strings.Contains(r.stdout, "$300B") {
		t.Errorf("ask after index: exit %d\n%s\n%s", r.code, r.stdout, r.stderr)
	}
	if strings.Contains(r.stderr, "built-in") {
		t.Errorf("ask fell back to the built-in articles although an index exists: %s", r.stderr)
	}
}

func TestAskSaysWhenAnotherDealbotBuiltTheIndex(t *testing.T) {
	path := filepath.Join(t.TempDir(), "deals.bleve")
	loaded, err := corpus.LoadDir(context.Background(), "testdata/articles")
	if err != nil {
		t.Fatal(err)
	}
	// An extractor that knows one more company reads articles differently,
	// as a dealbot of another version does.
	k := extract.DefaultKnowledge()
	k.Companies = append(k.Companies, extract.Company{Name: "Contoso"})
	other, err := extract.NewWith(k)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := bleveindex.Build(context.Background(), other, path, loaded.Articles, nil); err != nil {
		t.Fatal(err)
	}
	r := dealbot(t, nil, "", "ask", "--index", path, "oracle", "openai")
	if r.code != exitOK || !strings.Contains(r.stdout, "Oracle") {
		t.Errorf("an index of another version no longer answers: exit %d\n%s\n%s", r.code, r.stdout, r.stderr)
	}
	if !strings.Contains(r.stderr, "built by another version of dealbot") || !strings.Contains(r.stderr, "dealbot index") {
		t.Errorf("ask does not say the index was built by another version, nor how to rebuild it:\n%s", r.stderr)
	}
	if r := dealbot(t, nil, "", "index", "--corpus", "testdata/articles", "--index", path); r.code != exitOK {
		t.Fatalf("index: %s", r.stderr)
	}
	if r := dealbot(t, nil, "", "ask", "--index", path, "oracle", "openai"); strings.Contains(r.stderr, "another version") {
		t.Errorf("after a rebuild ask still says another version built the index:\n%s", r.stderr)
	}
}

func TestIndexWithNothingToIndexFailsAndKeepsTheOldIndex(t *testing.T) {
	path := filepath.Join(t.TempDir(), "deals.bleve")
	if r := dealbot(t, nil, "", "index", "--corpus", "testdata/articles", "--index", path); r.code != exitOK {
		t.Fatalf("first index: %s", r.stderr)
	}
	r := dealbot(t, nil, "", "index", "--corpus", "testdata/empty", "--index", path)
	if r.code != exitFail || !strings.Contains(r.stderr, "nothing could be indexed") {
		t.Errorf("want exit 1 with 'nothing could be indexed', got %d: %s", r.code, r.stderr)
	}
	if r := dealbot(t, nil, "", "ask", "--index", path, "oracle"); !strings.Contains(r.stdout, "Oracle") {
		t.Errorf("the old index no longer answers: %s %s", r.stdout, r.stderr)
	}
}

func TestConfigPrecedence(t *testing.T) {
	dir := t.TempDir()
	envFile := filepath.Join(dir, ".env")
	if err := os.WriteFile(envFile, []byte("DEALBOT_INDEX=from-dotenv\nDEALBOT_LOG_LEVEL=debug\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		env     map[string]string
		envFile string
		want    string
	}{
		{"default", nil, "", defaultIndex},
		{".env over default", nil, envFile, "from-dotenv"},
		{"environment over .env", map[string]string{"DEALBOT_INDEX": "from-env"}, envFile, "from-env"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg, err := loadConfig(system{getenv: func(k string) string { return tt.env[k] }, envFile: tt.envFile})
			if err != nil {
				t.Fatal(err)
			}
			if cfg.Index != tt.want {
				t.Errorf("Index = %q, want %q", cfg.Index, tt.want)
			}
		})
	}
	// A flag wins over all of them.
	env := map[string]string{"DEALBOT_INDEX": filepath.Join(dir, "env.bleve")}
	flagPath := filepath.Join(dir, "flag.bleve")
	if r := dealbot(t, env, envFile, "index", "--corpus", "testdata/articles", "--index", flagPath); r.code != exitOK {
		t.Fatalf("index: %s", r.stderr)
	}
	if _, err := os.Stat(flagPath); err != nil {
		t.Errorf("the --index flag was not used: %v", err)
	}
}

// TestBadSettingsExit2 holds the README's exit-status contract: a setting
// dealbot cannot use exits 2 with a message naming it, from every command,
// without the command's usage under it and without the token in it.
func TestBadSettingsExit2(t *testing.T) {
	const secret = "xoxp-not-a-bot-token-1234"
	tokens := map[string]string{"SLACK_APP_TOKEN": "xapp-1-A0000000000-1234567890", "SLACK_BOT_TOKEN": "xoxb-1234567890-abcdefgh"}
	with := func(extra map[string]string) map[string]string {
		m := maps.Clone(tokens)
		maps.Copy(m, extra)
		return m
	}
	ix := filepath.Join(t.TempDir(), "x")
	commands := map[string][]string{
		"ask":    {"ask", "--corpus", "testdata/articles", "amazon"},
		"index":  {"index", "--corpus", "testdata/articles", "--index", ix},
		"serve":  {"serve", "--index", ix},
		"state":  {"state", "check"},
		"ingest": {"ingest", "--corpus", t.TempDir(), "http://127.0.0.1:1/feed"},
	}
	tests := []struct {
		name string
		env  map[string]string
		cmds []string
		says string
	}{
		{"log level", map[string]string{"DEALBOT_LOG_LEVEL": "loud"}, []string{"ask", "index", "ingest", "serve", "state"}, "DEALBOT_LOG_LEVEL"},
		{"log format", map[string]string{"DEALBOT_LOG_FORMAT": "xml"}, []string{"ask", "index", "ingest", "serve", "state"}, "DEALBOT_LOG_FORMAT"},
		{"response", map[string]string{"DEALBOT_RESPONSE": "everyone"}, []string{"ask", "index", "ingest", "serve", "state"}, "DEALBOT_RESPONSE"},
		{"unreadable state URL", with(map[string]string{"DEALBOT_STATE": "postgres://dealbot:pw@[::1/dealbot"}), []string{"serve", "state", "ingest"}, "DEALBOT_STATE"},
		{"fetch setting", with(map[string]string{"DEALBOT_FETCH_PRIVATE": "the intranet"}), []string{"ask", "index", "serve", "state"}, "DEALBOT_FETCH_PRIVATE"},
		{"no tokens", nil, []string{"serve"}, "SLACK_APP_TOKEN is not set"},
		{"user token for the bot token", with(map[string]string{"SLACK_BOT_TOKEN": secret}), []string{"serve"}, "SLACK_BOT_TOKEN does not look like a bot token"},
		{"tokens swapped", map[string]string{"SLACK_APP_TOKEN": tokens["SLACK_BOT_TOKEN"], "SLACK_BOT_TOKEN": tokens["SLACK_APP_TOKEN"]}, []string{"serve"}, "swapped"},
		{"token cut short", with(map[string]string{"SLACK_APP_TOKEN": "xapp-12"}), []string{"serve"}, "SLACK_APP_TOKEN looks cut short"},
		{"token with a newline", with(map[string]string{"SLACK_BOT_TOKEN": tokens["SLACK_BOT_TOKEN"] + "\n"}), []string{"serve"}, "SLACK_BOT_TOKEN has spaces or a newline"},
		{"plain http API", with(map[string]string{"SLACK_API_URL": "http://example.com/api"}), []string{"serve"}, "SLACK_API_URL is plain http"},
		{"relative API URL", with(map[string]string{"SLACK_API_URL": "slack.com/api"}), []string{"serve"}, "SLACK_API_URL is not an absolute URL"},
	}
	for _, tt := range tests {
		for _, name := range tt.cmds {
			t.Run(tt.name+"/"+name, func(t *testing.T) {
				r := dealbot(t, tt.env, "", commands[name]...)
				if r.code != exitUsage || !strings.Contains(r.stderr, tt.says) {
					t.Errorf("want exit 2 saying %q, got %d:\n%s", tt.says, r.code, r.stderr)
				}
				if strings.Contains(r.stderr, "Usage:") {
					t.Errorf("a bad setting is buried under the usage:\n%s", r.stderr)
				}
				for _, tok := range []string{secret, tokens["SLACK_APP_TOKEN"], tokens["SLACK_BOT_TOKEN"], "pw@"} {
					if strings.Contains(r.stdout+r.stderr, tok) {
						t.Errorf("the output shows %q:\n%s%s", tok, r.stdout, r.stderr)
					}
				}
			})
		}
	}
}

// TestUsageShownDespiteABadSetting holds that a bad setting does not hide
// a command's usage, which may be what says how to set it right.
func TestUsageShownDespiteABadSetting(t *testing.T) {
	r := dealbot(t, map[string]string{"DEALBOT_LOG_LEVEL": "loud"}, "", "serve", "-h")
	if r.code != exitOK || !strings.Contains(r.stdout, "Usage:\n  dealbot serve") || !strings.Contains(r.stderr, "DEALBOT_LOG_LEVEL") {
		t.Errorf("want the usage, exit 0, and the setting named on stderr; got %d\nstdout: %s\nstderr: %s", r.code, r.stdout, r.stderr)
	}
}

func TestManifest(t *testing.T) {
	r := dealbot(t, nil, "", "manifest")
	if r.code != exitOK {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	var m struct {
		Features struct {
			SlashCommands []struct {
				Command string `json:"command"`
			} `json:"slash_commands"`
		} `json:"features"`
		OAuth struct {
			Scopes struct {
				Bot []string `json:"bot"`
			} `json:"scopes"`
		} `json:"oauth_config"`
		Settings struct {
			Events struct {
				Bot []string `json:"bot_events"`
			} `json:"event_subscriptions"`
			SocketMode bool `json:"socket_mode_enabled"`
		} `json:"settings"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &m); err != nil {
		t.Fatalf("the manifest is not JSON: %v", err)
	}
	if !m.Settings.SocketMode {
		t.Error("Socket Mode is not enabled")
	}
	if len(m.Features.SlashCommands) != 1 || m.Features.SlashCommands[0].Command != "/deal" {
		t.Errorf("want the /deal command, got %+v", m.Features.SlashCommands)
	}
	for _, scope := range []string{"commands", "app_mentions:read", "chat:write", "im:history"} {
		if !slices.Contains(m.OAuth.Scopes.Bot, scope) {
			t.Errorf("scope %s missing from %q", scope, m.OAuth.Scopes.Bot)
		}
	}
	for _, ev := range []string{"app_mention", "message.im"} {
		if !slices.Contains(m.Settings.Events.Bot, ev) {
			t.Errorf("event %s missing from %q", ev, m.Settings.Events.Bot)
		}
	}
}

// The manual's synopsis lists every command with every flag its usage
// names, so a new flag cannot be left out of it.
func TestManualSynopsisHasEveryUsage(t *testing.T) {
	r := dealbot(t, nil, "", "help")
	synopsis, _, _ := strings.Cut(r.stdout, "DESCRIPTION")
	for _, c := range commands(system{}) {
		if !strings.Contains(synopsis, "    "+c.usage+"\n") {
			t.Errorf("the synopsis does not hold %q:\n%s", c.usage, synopsis)
		}
	}
	if strings.Contains(r.stdout, "%!") {
		t.Errorf("the manual has a formatting error:\n%s", r.stdout)
	}
}

// TestIndexSaysOnceWhenAFileHoldsNoArticles holds a JSON Lines file of
// something else (labels, questions) in the articles folder to one line
// naming how many of its lines were skipped, not a line each.
func TestIndexSaysOnceWhenAFileHoldsNoArticles(t *testing.T) {
	dir := t.TempDir()
	article := "---\ntitle: Contoso buys Fabrikam\n---\nContoso will buy Fabrikam for $2 billion.\n"
	if err := os.WriteFile(filepath.Join(dir, "a.md"), []byte(article), 0o644); err != nil {
		t.Fatal(err)
	}
	var notes strings.Builder
	for i := 0; i < 40; i++ {
		fmt.Fprintf(&notes, "{\"q\": \"question %d\"}\n", i)
	}
	if err := os.WriteFile(filepath.Join(dir, "notes.jsonl"), []byte(notes.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	r := dealbot(t, nil, "", "index", "--corpus", dir, "--index", filepath.Join(t.TempDir(), "deals.bleve"))
	if r.code != exitOK {
		t.Fatalf("index: exit %d: %s", r.code, r.stderr)
	}
	if n := strings.Count(r.stderr, "notes.jsonl"); n != 1 {
		t.Errorf("notes.jsonl is named %d times, want once:\n%s", n, r.stderr)
	}
	if !strings.Contains(r.stderr, "skipped notes.jsonl: 40 lines, 1 to 40: ") {
		t.Errorf("the skipped lines are not counted:\n%s", r.stderr)
	}
	if !strings.Contains(r.stdout, "Skipped 40 files or lines") {
		t.Errorf("summary does not count every skipped line:\n%s", r.stdout)
	}
}
