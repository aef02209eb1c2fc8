//go:build !linux

package pgtest

import "os/exec"

// dieWithParent does nothing where the kernel has no parent-death signal:
// a server whose test process is killed runs on until the next New finds
// its folder and stops it.
func dieWithParent(cmd *exec.Cmd) {}
