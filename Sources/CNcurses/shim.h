#ifndef WBR_CNCURSES_SHIM_H
#define WBR_CNCURSES_SHIM_H
/* Wide-character ncurses without pkg-config's -D flags (see docs/DECISIONS.md). */
#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <langinfo.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
#include <wchar.h>
#include <ncursesw/curses.h>

/* Accessors for macros and C globals that Swift cannot import or rejects as unsafe. */
static inline WINDOW *wbr_stdscr(void) { return stdscr; }
static inline int wbr_lines(void) { return LINES; }
static inline int wbr_cols(void) { return COLS; }
static inline int wbr_colors(void) { return COLORS; }
static inline attr_t wbr_a_normal(void) { return A_NORMAL; }
static inline attr_t wbr_a_bold(void) { return A_BOLD; }
static inline attr_t wbr_a_dim(void) { return A_DIM; }
static inline attr_t wbr_a_reverse(void) { return A_REVERSE; }
static inline attr_t wbr_a_underline(void) { return A_UNDERLINE; }
static inline attr_t wbr_color_pair(int n) { return COLOR_PAIR(n); }
static inline int wbr_key_resize(void) { return KEY_RESIZE; }
static inline int wbr_key_f(int n) { return KEY_F(n); }
static inline int wbr_key_f0(void) { return KEY_F0; }
static inline int wbr_ccharw_max(void) { return CCHARW_MAX; }
static inline FILE *wbr_stdin(void) { return stdin; }
static inline FILE *wbr_stdout(void) { return stdout; }

/* The C library's column count for one wide character (declared here: glibc hides it
   without _XOPEN_SOURCE, which would change other declarations). */
extern int wcwidth(wchar_t c);
static inline int wbr_wcwidth(wchar_t c) { return wcwidth(c); }

/* The locale's character set name, e.g. "UTF-8" or "ANSI_X3.4-1968". */
static inline const char *wbr_codeset(void) { return nl_langinfo(CODESET); }

/* A terminfo string capability, or NULL when absent or cancelled (terminfo's -1). */
static inline const char *wbr_tigetstr(const char *name) {
  char *s = tigetstr(name);
  return (s == NULL || s == (char *)-1) ? NULL : s;
}

/* Installs `handler` for `sig` (no SA_RESTART, so a blocked read returns and the loop can see
   the signal) and stores the previous action in `old`; returns 0 on success. */
static inline int wbr_install_handler(int sig, void (*handler)(int), struct sigaction *old) {
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_handler = handler;
  sigemptyset(&action.sa_mask);
  action.sa_flags = 0;
  return sigaction(sig, &action, old);
}

/* Installs a three-argument (SA_SIGINFO) handler for a crash signal, saving the previous
   action in `old`, so the previous handler can later be called with the fault's own context. */
static inline int wbr_install_crash_handler(
    int sig, void (*handler)(int, siginfo_t *, void *), struct sigaction *old) {
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_sigaction = handler;
  sigemptyset(&action.sa_mask);
  action.sa_flags = SA_SIGINFO;
  return sigaction(sig, &action, old);
}

/* Calls a saved action's handler directly (what the kernel would have done), if it has one. */
static inline void wbr_call_handler(int sig, siginfo_t *info, void *context, const struct sigaction *act) {
  if (act->sa_flags & SA_SIGINFO) {
    if (act->sa_sigaction != NULL) act->sa_sigaction(sig, info, context);
  } else if (act->sa_handler != SIG_DFL && act->sa_handler != SIG_IGN && act->sa_handler != NULL) {
    act->sa_handler(sig);
  }
}

/* Dies of `sig` with its default action (unblocking it first, as we may be in its handler). */
static inline void wbr_die_of_signal(int sig) {
  sigset_t set;
  signal(sig, SIG_DFL);
  sigemptyset(&set);
  sigaddset(&set, sig);
  sigprocmask(SIG_UNBLOCK, &set, NULL);
  raise(sig);
  _exit(128 + sig);
}

/* The real-time signals' range (glibc reserves the first few for itself; these are macros). */
static inline int wbr_sigrtmin(void) { return SIGRTMIN; }
static inline int wbr_sigrtmax(void) { return SIGRTMAX; }

/* From term.h, declared alone here: term.h's capability macros (lines, columns, bell, ...)
   would reach every file that imports this module. */
struct term;
extern int setupterm(const char *term, int fd, int *status);
extern int del_curterm(struct term *oterm);
extern struct term *cur_term;

/* Whether $TERM names a terminal the meeting can draw on: 1 it can place the cursor, 0 it
   cannot (dumb, a printing terminal), -1 the terminal database does not know it. Leaves no
   terminal set up (newterm sets up its own). */
static inline int wbr_terminal_can_address(void) {
  int status = 0;
  if (setupterm(NULL, 1, &status) != 0) return -1;
  const char *cup = tigetstr("cup");
  int ok = cup != NULL && cup != (char *)-1;
  del_curterm(cur_term);
  return ok;
}

/* Puts back an action saved by wbr_install_handler. */
static inline int wbr_restore_handler(int sig, const struct sigaction *old) {
  return sigaction(sig, old, NULL);
}
#endif
