package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
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
	// FetchPrivate is DEALBOT_FETCH_PRIVATE: which non-public addresses
	// links shared in Slack may be fetched from (see fetchGuard).
	FetchPrivate string
}

// loadConfig reads the environment, falling back to the .env file for what
// the environment does not set. The process environment is not modified.
// A setting that cannot be used is an error, returned with the settings
// read, so that a command's usage can still show them.
func loadConfig(sys system) (config, error) {
	dotenv := map[string]string{}
	if sys.envFile != "" {
		m, err := readDotenv(sys.envFile)
		switch {
		case err == nil:
			dotenv = m
		case errors.Is(err, fs.ErrNotExist):
		default:
			return config{}, err
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

		FetchPrivate: get("DEALBOT_FETCH_PRIVATE", ""),
	}
	// Every command refuses a bad setting, whether or not it uses it, so
	// that a mistake shows on the first command run rather than in
	// production.
	return cfg, cfg.check()
}

// check returns an error naming the first setting dealbot cannot use.
func (cfg config) check() error {
	switch cfg.Response {
	case "ephemeral", "in_channel":
	default:
		return fmt.Errorf("DEALBOT_RESPONSE is %q: set it to ephemeral or in_channel", cfg.Response)
	}
	log, err := cfg.logger(io.Discard)
	if err != nil {
		return err
	}
	_, err = fetchGuard(cfg.FetchPrivate, log)
	return err
}

// maxDotenvSize bounds the .env file read: settings and two tokens take a
// few hundred bytes.
const maxDotenvSize = 64 << 10

// readDotenv parses a .env file. Its errors name the file and the line,
// never what the file holds: it holds the Slack tokens, and godotenv's own
// errors quote the text around the fault, so they are not wrapped.
func readDotenv(name string) (map[string]string, error) {
	f, err := os.Open(name)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, err
		}
		return nil, fmt.Errorf("reading %s: %w", name, err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxDotenvSize+1))
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", name, err)
	}
	if len(data) > maxDotenvSize {
		return nil, fmt.Errorf("reading %s: over %d KB; a .env holds a few settings, so is this the right file?", name, maxDotenvSize>>10)
	}
	m, err := godotenv.UnmarshalBytes(data)
	if err == nil {
		return m, nil
	}
	line, reason := dotenvFault(data, err)
	return nil, fmt.Errorf("%s, line %d: %s; fix that line or remove the file (its contents are not shown: it holds tokens)", name, line, reason)
}

// dotenvFault finds the first line at which data stops parsing, and says
// what is wrong there in words that quote nothing of it.
func dotenvFault(data []byte, err error) (line int, reason string) {
	lines := bytes.SplitAfter(data, []byte("\n"))
	line = len(lines)
	for n := 1; n <= len(lines); n++ {
		if _, e := godotenv.UnmarshalBytes(bytes.Join(lines[:n], nil)); e != nil {
			line, err = n, e
			break
		}
	}
	// godotenv has no typed errors; its text only chooses the wording.
	if strings.Contains(err.Error(), "unterminated quoted value") {
		return line, "a quoted value has no closing quote"
	}
	return line, "not in KEY=value form (a name holds only letters, digits and _)"
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
