// Turn file-system errors into one-line reasons a user can act on. Node's own message is the raw errno
// ("EINVAL: invalid argument, read", /proc/self/pagemap): a code in this table is said in words; any other keeps
// libuv's words without the code and the system call ("EXDEV: cross-device link not permitted, rename 'a' -> 'b'"
// becomes "cross-device link not permitted").
const FS_REASONS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a folder',
  ENOTDIR: 'a part of the path is not a folder',
  ELOOP: 'too many symbolic links',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files on the system',
  EIO: 'input/output error',
  // a special file that refuses a plain read (/proc/self/pagemap, some devices)
  EINVAL: 'cannot be read as a file (the system refused the read)',
  ENXIO: 'no such device (a special file with nothing behind it)',
  ENODEV: 'no such device',
  EBUSY: 'busy (in use by the system)',
  EAGAIN: 'not ready to be read (nothing to read yet)',
  EWOULDBLOCK: 'not ready to be read (nothing to read yet)',
  EFBIG: 'too large',
  EOVERFLOW: 'too large',
  ENAMETOOLONG: 'the name is too long',
  ENOMEM: 'out of memory',
  ENOTSUP: 'not supported by the system',
  EOPNOTSUPP: 'not supported by the system',
  ESTALE: 'stale network file handle',
  ETIMEDOUT: 'timed out',
  EINTR: 'interrupted',
  ESPIPE: 'cannot seek in it (a pipe or socket)',
  EBADF: 'bad file handle',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
};

/** Node's message of a raw errno: the code, libuv's words, the system call and maybe paths. */
const RAW = /^E[A-Z0-9]+: ([^,]+), /;

export function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code && Object.hasOwn(FS_REASONS, code)) return FS_REASONS[code];
  const message = (err as Error)?.message?.split('\n')[0];
  if (message === undefined) return String(err);
  return RAW.exec(message)?.[1] ?? message;
}
