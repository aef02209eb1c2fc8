package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"strings"

	"github.com/joho/godotenv"
)

// Defaults used when neither a flag, the environment nor .env says.
const (
	defaultIndex = "data/deals.bleve"
	defaultState = "data/state.db"
)

// config holds the settings from the environment and .env; flags override
// them per command. Precedence: flag > environment > .env > default.
type config struct {
	Index     string // DEALBOT_INDEX
	Corpus    string // DEALBOT_CORPUS; "" means the articles built into dealbot
	State     string // DEALBOT_STATE
	AppToken  string // SLACK_APP_TOKEN
	BotToken  string // SLACK_BOT_TOKEN
	APIURL    string // SLACK_API_URL
	Response  string // DEALBOT_RESPONSE: ephemeral or in_channel
	LogLevel  string // DEALBOT_LOG_LEVEL
	LogFormat string // DEALBOT_LOG_FORMAT
}

// loadConfig reads the environment, falling back to the .env file for what
// the environment does not set. The process environment is not modified.
func loadConfig(sys system) (config, error) {
	dotenv := map[string]string{}
	if sys.envFile != "" {
		m, err := godotenv.Read(sys.envFile)
		switch {
		case err == nil:
			dotenv = m
		case errors.Is(err, fs.ErrNotExist):
		default:
			return config{}, fmt.Errorf("reading %s: %w (fix the file or remove it)", sys.envFile, err)
		}
	}
	get := func(key, def string) string {
		if v := sys.getenv(key); v != "" {
			return v
		}
		if v := dotenv[key]; v != "" {
			return v
		}
		return def
	}
	cfg := config{
		Index:     get("DEALBOT_INDEX", defaultIndex),
		Corpus:    get("DEALBOT_CORPUS", ""),
		State:     get("DEALBOT_STATE", defaultState),
		AppToken:  get("SLACK_APP_TOKEN", ""),
		BotToken:  get("SLACK_BOT_TOKEN", ""),
		APIURL:    get("SLACK_API_URL", ""),
		Response:  get("DEALBOT_RESPONSE", "ephemeral"),
		LogLevel:  get("DEALBOT_LOG_LEVEL", "info"),
		LogFormat: get("DEALBOT_LOG_FORMAT", "text"),
	}
	switch cfg.Response {
	case "ephemeral", "in_channel":
	default:
		return config{}, fmt.Errorf("DEALBOT_RESPONSE is %q: set it to ephemeral or in_channel", cfg.Response)
	}
	return cfg, nil
}

// logger builds the slog logger the settings ask for.
func (c config) logger(w io.Writer) (*slog.Logger, error) {
	var level slog.Level
	if err := level.UnmarshalText([]byte(c.LogLevel)); err != nil {
		return nil, fmt.Errorf("DEALBOT_LOG_LEVEL is %q: use debug, info, warn or error", c.LogLevel)
	}
	opts := &slog.HandlerOptions{Level: level}
	switch strings.ToLower(c.LogFormat) {
	case "text":
		return slog.New(slog.NewTextHandler(w, opts)), nil
	case "json":
		return slog.New(slog.NewJSONHandler(w, opts)), nil
	default:
		return nil, fmt.Errorf("DEALBOT_LOG_FORMAT is %q: use text or json", c.LogFormat)
	}
}
