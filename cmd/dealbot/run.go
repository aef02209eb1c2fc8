package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"slices"

	"github.com/dealbot/dealbot/corpus/state"
)

// Exit codes: 0 success, 1 the command failed, 2 it was called wrongly.
const (
	exitOK    = 0
	exitFail  = 1
	exitUsage = 2
)

// system is everything dealbot takes from the operating system, so a test
// can run the whole program with its own environment and buffers.
type system struct {
	getenv  func(string) string
	stdout  io.Writer
	stderr  io.Writer
	envFile string // the .env file to read; "" reads none
}

// command is one subcommand of dealbot.
type command struct {
	name    string
	summary string
	usage   string // the synopsis, flags follow
	// examples are shown under the flags in `dealbot SUB -h`.
	examples string
	// flags declares the command's flags on fs and returns the function that
	// runs it once they are parsed.
	flags func(fs *flag.FlagSet, cfg config) func(ctx context.Context, args []string) error
}

func commands(sys system) []command {
	return []command{
		indexCommand(sys),
		ingestCommand(sys),
		askCommand(sys),
		serveCommand(sys),
		stateCommand(sys),
		manifestCommand(sys),
		versionCommand(sys),
	}
}

// usageError is an error in how dealbot was called; it exits 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

// settingError is a setting from the environment or .env that dealbot
// cannot use. It exits 2 like a usage error, but without the command's
// usage: the flags are not what is wrong, and the one line that says what
// to fix would be lost under them.
type settingError struct{ err error }

func (e settingError) Error() string { return e.err.Error() }
func (e settingError) Unwrap() error { return e.err }

// run is dealbot's whole program: it parses args, runs the subcommand and
// returns the exit code.
func run(ctx context.Context, args []string, sys system) int {
	if len(args) == 0 {
		printOverview(sys.stderr, sys)
		return exitUsage
	}
	name, rest := args[0], args[1:]
	switch name {
	case "help", "-h", "-help", "--help":
		if len(rest) > 0 {
			return runCommand(ctx, sys, rest[0], []string{"-h"})
		}
		printManual(sys.stdout, sys)
		return exitOK
	}
	return runCommand(ctx, sys, name, rest)
}

func runCommand(ctx context.Context, sys system, name string, args []string) int {
	var cmd *command
	for _, c := range commands(sys) {
		if c.name == name {
			cmd = &c
			break
		}
	}
	if cmd == nil {
		fmt.Fprintf(sys.stderr, "dealbot: unknown command %q\n\n", name)
		printOverview(sys.stderr, sys)
		return exitUsage
	}
	cfg, err := loadConfig(sys)
	if err != nil {
		fmt.Fprintf(sys.stderr, "dealbot: %v\n", err)
		// The usage is still shown when asked for: it may be what says
		// how to set it right.
		if !asksHelp(args) {
			return exitUsage
		}
	}
	fs := flag.NewFlagSet("dealbot "+cmd.name, flag.ContinueOnError)
	fs.SetOutput(sys.stderr)
	runFn := cmd.flags(fs, cfg)
	// Parse calls Usage on -h and on a bad flag alike; the usage is printed
	// here instead, once, on stdout when asked for and stderr after a mistake.
	fs.Usage = func() {}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			printCommandUsage(sys.stdout, *cmd, fs)
			return exitOK
		}
		printCommandUsage(sys.stderr, *cmd, fs)
		return exitUsage
	}
	if err := runFn(ctx, fs.Args()); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			printCommandUsage(sys.stdout, *cmd, fs)
			return exitOK
		}
		// A state store URL that cannot be read is a bad DEALBOT_STATE
		// or --state, wherever it is found.
		var se settingError
		if errors.As(err, &se) || errors.Is(err, state.ErrBadURL) {
			fmt.Fprintf(sys.stderr, "dealbot %s: %v\n", cmd.name, err)
			return exitUsage
		}
		var ue usageError
		if errors.As(err, &ue) {
			fmt.Fprintf(sys.stderr, "dealbot %s: %v\n\n", cmd.name, err)
			printCommandUsage(sys.stderr, *cmd, fs)
			return exitUsage
		}
		fmt.Fprintf(sys.stderr, "dealbot %s: %v\n", cmd.name, err)
		return exitFail
	}
	return exitOK
}

func printCommandUsage(w io.Writer, c command, fs *flag.FlagSet) {
	fmt.Fprintf(w, "%s\n\nUsage:\n  %s\n", c.summary, c.usage)
	hasFlags := false
	fs.VisitAll(func(*flag.Flag) { hasFlags = true })
	if hasFlags {
		fmt.Fprintln(w, "\nFlags:")
		out := fs.Output()
		fs.SetOutput(w)
		fs.PrintDefaults()
		fs.SetOutput(out)
	}
	if c.examples != "" {
		fmt.Fprintf(w, "\nExamples:\n%s", c.examples)
	}
}

func printOverview(w io.Writer, sys system) {
	fmt.Fprintln(w, "dealbot answers questions about cloud deals from a local index of news articles.")
	fmt.Fprintln(w, "\nUsage:\n  dealbot <command> [flags] [arguments]\n\nCommands:")
	for _, c := range commands(sys) {
		fmt.Fprintf(w, "  %-9s %s\n", c.name, c.summary)
	}
	fmt.Fprintf(w, "  %-9s %s\n", "help", "Show the manual, or a command's usage (dealbot help ask).")
	fmt.Fprintln(w, "\nExamples:\n  dealbot ask amazon microsoft\n  dealbot index --corpus ./articles\n  dealbot ingest --corpus ./articles https://news.example/rss\n  dealbot serve\n\nRun 'dealbot help' for the manual, 'dealbot <command> -h' for a command's flags.")
}

// asksHelp reports whether args ask for a command's usage.
func asksHelp(args []string) bool {
	return len(args) > 0 && slices.Contains([]string{"-h", "-help", "--help"}, args[0])
}
