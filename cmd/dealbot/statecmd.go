package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
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
				if len(args) != 1 || args[0] != "check" {
					return usageError{"say what to do with the state store: dealbot state check"}
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
		}
		fmt.Fprintf(sys.stdout, "reachable: %s\n", reach)
		return err
	}
	fmt.Fprintln(sys.stdout, "reachable: yes")
	switch {
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
