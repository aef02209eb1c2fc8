package bot

import "runtime/debug"

// stack returns the current goroutine's stack, for panic logs.
func stack() string { return string(debug.Stack()) }
