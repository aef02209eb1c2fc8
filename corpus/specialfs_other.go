//go:build !linux

package corpus

import "io/fs"

// specialFS names the pseudo file system f is on; outside Linux the
// regular-file check in readFile is the only guard.
func specialFS(fs.File) string { return "" }
