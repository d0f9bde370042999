#ifndef WBR_CSTATFS_SHIM_H
#define WBR_CSTATFS_SHIM_H
/* fstatfs(2)'s f_type, which Swift's Glibc module leaves out (sys/vfs.h is not in it): the
   journal falls back to one writer on a network file system (FileSystemKind.swift). */
#ifdef __linux__
#include <sys/vfs.h>
/* The file system's magic number (linux/magic.h) of the file open as `fd`; 0 and errno set
   when it cannot be told. */
static inline long long wbr_fs_magic(int fd) {
  struct statfs info;
  if (fstatfs(fd, &info) != 0) return 0;
  return (long long)info.f_type;
}
#else
static inline long long wbr_fs_magic(int fd) { (void)fd; return 0; }
#endif
#endif
