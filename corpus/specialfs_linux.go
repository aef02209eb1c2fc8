package corpus

import (
	"io/fs"
	"os"
	"syscall"
)

// specialFS names the kernel pseudo file system f is on, or returns "" for
// an ordinary one. Files there look regular but are views of the kernel:
// some block forever when read (/proc/kmsg), others never end or reveal
// the machine.
func specialFS(f fs.File) string {
	of, ok := f.(*os.File)
	if !ok {
		return ""
	}
	conn, err := of.SyscallConn()
	if err != nil {
		return ""
	}
	var st syscall.Statfs_t
	var statErr error
	// Control, unlike Fd, leaves the descriptor non-blocking.
	if err := conn.Control(func(fd uintptr) { statErr = syscall.Fstatfs(int(fd), &st) }); err != nil || statErr != nil {
		return ""
	}
	// Magic numbers from statfs(2).
	switch st.Type {
	case 0x9fa0:
		return "/proc"
	case 0x62656572:
		return "/sys"
	case 0x64626720:
		return "debugfs"
	case 0x74726163:
		return "tracefs"
	case 0x1cd1:
		return "devpts"
	case 0xcafe4a11:
		return "bpffs"
	case 0x27e0eb, 0x63677270:
		return "cgroupfs"
	}
	return ""
}
