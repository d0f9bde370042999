#ifndef WBR_CNCURSES_SHIM_H
#define WBR_CNCURSES_SHIM_H
/* Wide-character ncurses without pkg-config's -D flags (see docs/DECISIONS.md). */
#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <langinfo.h>
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
#endif
