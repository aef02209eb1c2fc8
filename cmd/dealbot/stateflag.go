package main

import (
	"flag"

	"github.com/dealbot/dealbot/corpus/state"
)

// stateValue is the --state flag. Its default comes from DEALBOT_STATE,
// which may be a PostgreSQL URL with a password in it; the flag package
// shows a flag's default in the usage, so String shows it redacted.
type stateValue struct{ spec string }

func (v *stateValue) String() string {
	if v == nil {
		return ""
	}
	return state.Redact(v.spec)
}

func (v *stateValue) Set(s string) error {
	v.spec = s
	return nil
}

// stateFlag declares --state on fs with def as its default.
func stateFlag(fs *flag.FlagSet, def, usage string) *string {
	v := &stateValue{spec: def}
	fs.Var(v, "state", usage)
	return &v.spec
}
