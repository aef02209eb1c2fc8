package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"github.com/dealbot/dealbot/corpus/state"
)

// stateCheckTimeout bounds `state check`, so an unreachable database is
// reported rather than waited for.
const stateCheckTimeout = 15 * time.Second

func stateCommand(sys system) command {
	return command{
		name:    "state",
		summary: "Check the state store: which one, whether it is reachable, its schema version.",
		usage:   "dealbot state [--state STORE] check",
		examples: `  dealbot state check
  DEALBOT_STATE=postgres://dealbot:PASSWORD@db.internal:5432/dealbot dealbot state check
`,
		flags: func(fs *flag.FlagSet, cfg config) func(context.Context, []string) error {
			spec := stateFlag(fs, cfg.State, "the state `store`: a file, or a postgres:// URL shared by replicas (env DEALBOT_STATE)")
			return func(ctx context.Context, args []string) error {
				if len(args) == 0 || args[0] != "check" {
					return usageError{"say what to do with the state store: dealbot state check"}
				}
				// Flags may also follow the subcommand, as people type
				// them: dealbot state check --state data/state.db.
				// The error is said once, by runCommand.
				out := fs.Output()
				fs.SetOutput(io.Discard)
				err := fs.Parse(args[1:])
				fs.SetOutput(out)
				switch {
				case errors.Is(err, flag.ErrHelp):
					return err
				case err != nil:
					return usageError{err.Error()}
				}
				if fs.NArg() > 0 {
					return usageError{fmt.Sprintf("unexpected argument %q: state check takes only --state", fs.Arg(0))}
				}
				ctx, cancel := context.WithTimeout(ctx, stateCheckTimeout)
				defer cancel()
				return checkState(ctx, sys, *spec)
			}
		},
	}
}

// checkState prints what state.Check found; it fails when the store cannot
// be used by this dealbot.
func checkState(ctx context.Context, sys system, spec string) error {
	st, err := state.Check(ctx, spec)
	fmt.Fprintf(sys.stdout, "store:     %s\n", st.Store)
	if err != nil {
		reach := "yes, but it cannot be used"
		switch {
		case errors.Is(err, state.ErrBadURL):
			reach = "not tried, the URL cannot be read"
		case errors.Is(err, state.ErrUnavailable):
			reach = "no"
			err = unreachable(st.Store, err)
		}
		fmt.Fprintf(sys.stdout, "reachable: %s\n", reach)
		return err
	}
	if !state.IsPostgres(spec) {
		if _, err := os.Stat(spec); errors.Is(err, fs.ErrNotExist) {
			return missingFile(sys.stdout, spec, st.Latest)
		}
	}
	fmt.Fprintln(sys.stdout, "reachable: yes")
	switch {
	case st.Version == 0 && !state.IsPostgres(spec):
		// Every dealbot since the version key writes it on opening.
		fmt.Fprintf(sys.stdout, "schema:    none recorded (a file from an older dealbot); this dealbot records version %d when it opens the store\n", st.Latest)
	case st.Version == 0:
		fmt.Fprintf(sys.stdout, "schema:    none yet; dealbot creates version %d when it first opens the store\n", st.Latest)
	case st.Version < st.Latest:
		fmt.Fprintf(sys.stdout, "schema:    version %d; this dealbot brings it to %d when it opens the store\n", st.Version, st.Latest)
	case st.Version > st.Latest:
		fmt.Fprintf(sys.stdout, "schema:    version %d\n", st.Version)
		return fmt.Errorf("the store is at schema version %d, newer than this dealbot knows (%d): run the newer dealbot", st.Version, st.Latest)
	default:
		fmt.Fprintf(sys.stdout, "schema:    version %d (up to date)\n", st.Version)
	}
	return nil
}

// unreachable rewords the store's own error, which sends the reader to
// `dealbot state check`, for someone who has just run it.
func unreachable(store string, err error) error {
	cause := err
	// The store's error wraps ErrUnavailable beside the driver's own,
	// which says what happened (refused, timed out, no such host).
	if multi, ok := err.(interface{ Unwrap() []error }); ok {
		for _, e := range multi.Unwrap() {
			if e != state.ErrUnavailable {
				cause = e
			}
		}
	}
	return fmt.Errorf("%s cannot be reached: check the host and port in DEALBOT_STATE (or --state), that PostgreSQL is running there and accepts connections from this machine (listen_addresses, pg_hba.conf, firewall), and the user name and password: %w", store, cause)
}

// missingFile reports a state file that does not exist yet, and whether
// dealbot would create its folder too when it first opens the store. (A
// file in the way of the folder is found by state.Check.)
func missingFile(w io.Writer, path string, latest int) error {
	dir := filepath.Dir(path)
	for {
		fi, err := os.Stat(dir)
		switch {
		case err == nil && fi.IsDir():
			fmt.Fprintln(w, "reachable: no file yet")
			if filepath.Clean(dir) == filepath.Dir(path) {
				fmt.Fprintf(w, "schema:    none yet; dealbot creates the file, at version %d, when it first opens the store\n", latest)
			} else {
				fmt.Fprintf(w, "schema:    none yet; the folder %s does not exist either: dealbot creates both, at version %d, when it first opens the store\n", filepath.Dir(path), latest)
			}
			return nil
		case err != nil && !errors.Is(err, fs.ErrNotExist):
			fmt.Fprintln(w, "reachable: no")
			return fmt.Errorf("the state file %s cannot be looked at: %w", path, err)
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return nil
		}
		dir = parent
	}
}
