package bot

import (
	"bytes"
	"encoding/json"
	"errors"
	"log/slog"
	"slices"
	"strings"
	"testing"
)

func TestCheckTokens(t *testing.T) {
	const app, bot = "xapp-1-A01-123-abcdef0123", "xoxb-123-456-abcdef0123"
	tests := []struct {
		name       string
		app, bot   string
		wantErr    bool
		wantInText []string
	}{
		{"valid", app, bot, false, nil},
		{"app missing", "", bot, true, []string{"SLACK_APP_TOKEN is not set", "App-Level Tokens", "connections:write"}},
		{"bot missing", app, "", true, []string{"SLACK_BOT_TOKEN is not set", "OAuth & Permissions", "Bot User OAuth Token"}},
		{"both missing", "", "", true, []string{"SLACK_APP_TOKEN", "SLACK_BOT_TOKEN"}},
		{"swapped", bot, app, true, []string{"swapped"}},
		{"user token", app, "xoxp-123-456-abcdef0123", true, []string{"user token"}},
		{"wrong prefix", "abc-123456789012", bot, true, []string{`start with "xapp-"`}},
		{"cut short", "xapp-1", bot, true, []string{"cut short"}},
		{"newline", app + "\n", bot, true, []string{"spaces or a newline"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := CheckTokens(tt.app, tt.bot)
			if (err != nil) != tt.wantErr {
				t.Fatalf("CheckTokens = %v, want error %v", err, tt.wantErr)
			}
			if err == nil {
				return
			}
			for _, w := range tt.wantInText {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not mention %q", err, w)
				}
			}
			for _, tok := range []string{tt.app, tt.bot} {
				if len(tok) > 6 && strings.Contains(err.Error(), strings.TrimSpace(tok)) {
					t.Errorf("error contains a token: %q", err)
				}
			}
		})
	}
}

func TestNewChecksTokensAndAsker(t *testing.T) {
	if _, err := New(Config{AppToken: "nope", BotToken: "xoxb-123-456-abcdef0123"}, &fakeAsker{}); err == nil {
		t.Error("New accepted a malformed app token")
	}
	if _, err := New(Config{AppToken: "xapp-1-A01-123-abcdef0123", BotToken: "xoxb-123-456-abcdef0123"}, nil); err == nil {
		t.Error("New accepted a nil Asker")
	}
	if _, err := New(Config{AppToken: "xapp-1-A01-123-abcdef0123", BotToken: "xoxb-123-456-abcdef0123", Watches: newMemWatches()}, &fakeAsker{}); err == nil {
		t.Error("New accepted watches with an Asker that cannot Understand their questions")
	}
	b, err := New(Config{AppToken: "xapp-1-A01-123-abcdef0123", BotToken: "xoxb-123-456-abcdef0123", APIURL: "http://127.0.0.1:1/api"}, &fakeAsker{})
	if err != nil {
		t.Fatal(err)
	}
	if b.cfg.APIURL != "http://127.0.0.1:1/api/" || b.cfg.MaxInFlight != DefaultMaxInFlight || b.cfg.AckWait != DefaultAckWait || b.cfg.ShutdownGrace != DefaultShutdownGrace {
		t.Errorf("defaults not applied: %+v", b.cfg)
	}
}

func TestManifest(t *testing.T) {
	var m struct {
		Features struct {
			AppHome struct {
				MessagesTabEnabled bool `json:"messages_tab_enabled"`
			} `json:"app_home"`
			BotUser struct {
				DisplayName string `json:"display_name"`
			} `json:"bot_user"`
			SlashCommands []struct {
				Command, Description string
				UsageHint            string `json:"usage_hint"`
			} `json:"slash_commands"`
			Shortcuts []struct {
				Name, Type, Description string
				CallbackID              string `json:"callback_id"`
			} `json:"shortcuts"`
		} `json:"features"`
		OAuth struct {
			Scopes struct{ Bot []string } `json:"scopes"`
		} `json:"oauth_config"`
		Settings struct {
			Events struct {
				BotEvents []string `json:"bot_events"`
			} `json:"event_subscriptions"`
			Interactivity struct {
				IsEnabled bool `json:"is_enabled"`
			} `json:"interactivity"`
			SocketMode bool `json:"socket_mode_enabled"`
		} `json:"settings"`
	}
	if err := json.Unmarshal([]byte(Manifest()), &m); err != nil {
		t.Fatalf("Manifest is not valid JSON: %v", err)
	}
	if !m.Settings.SocketMode || !m.Settings.Interactivity.IsEnabled || !m.Features.AppHome.MessagesTabEnabled || m.Features.BotUser.DisplayName == "" {
		t.Errorf("manifest settings wrong: %+v", m)
	}
	if len(m.Features.SlashCommands) != 1 || m.Features.SlashCommands[0].Command != "/deal" ||
		m.Features.SlashCommands[0].Description == "" || m.Features.SlashCommands[0].UsageHint == "" {
		t.Errorf("slash commands = %+v", m.Features.SlashCommands)
	}
	for _, s := range []string{"commands", "app_mentions:read", "chat:write", "im:history"} {
		if !slices.Contains(m.OAuth.Scopes.Bot, s) {
			t.Errorf("scope %s missing", s)
		}
	}
	for _, e := range []string{"app_mention", "message.im"} {
		if !slices.Contains(m.Settings.Events.BotEvents, e) {
			t.Errorf("event %s missing", e)
		}
	}
	if len(m.Features.Shortcuts) != 1 || m.Features.Shortcuts[0].Type != "message" ||
		m.Features.Shortcuts[0].CallbackID != ShortcutCallbackID || m.Features.Shortcuts[0].Name != "Extract deal facts" ||
		m.Features.Shortcuts[0].Description == "" || len(m.Features.Shortcuts[0].Description) > 150 {
		t.Errorf("shortcuts = %+v, want the Extract deal facts message shortcut", m.Features.Shortcuts)
	}
}

func TestRedactHandler(t *testing.T) {
	var buf bytes.Buffer
	h := redactHandler{next: slog.NewJSONHandler(&buf, nil), r: redactor{tokens: []string{"secret-app", "secret-bot"}}}
	l := slog.New(h).With("pre", "secret-bot")
	l.Info("token secret-app here", "err", errors.New("xoxb-9-9-zzz failed"), slog.Group("g", "k", "xapp-1-2-3"), "n", 3)
	out := buf.String()
	for _, bad := range []string{"secret-app", "secret-bot", "xoxb-", "xapp-"} {
		if strings.Contains(out, bad) {
			t.Errorf("log contains %q: %s", bad, out)
		}
	}
	if !strings.Contains(out, `"n":3`) || !strings.Contains(out, "[redacted]") {
		t.Errorf("log lost attributes: %s", out)
	}
}

func TestCheckAPIURL(t *testing.T) {
	tests := []struct {
		url  string
		want string // "" for accepted
	}{
		{"", ""},
		{"https://slack.com/api/", ""},
		{"https://slack-gov.com/api/", ""},
		{"http://127.0.0.1:8080/api/", ""},
		{"http://localhost:9999/api/", ""},
		{"http://[::1]:9999/api/", ""},
		{"http://10.0.0.5/api/", "plain http to 10.0.0.5"},
		{"http://slack.example.com/api/", "plain http to slack.example.com"},
		{"ftp://slack.com/api/", `scheme "ftp"`},
		{"https://user:pw@slack.com/api/", "user name or password"},
		{"slack.com/api", "not an absolute URL"},
	}
	for _, tt := range tests {
		err := CheckAPIURL(tt.url)
		switch {
		case tt.want == "" && err != nil:
			t.Errorf("CheckAPIURL(%q) = %v, want it accepted", tt.url, err)
		case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
			t.Errorf("CheckAPIURL(%q) = %v, want an error saying %q", tt.url, err, tt.want)
		}
	}
}
