// The C side of beai's ncurses backend: wide-character ncurses plus accessors for the macros and
// globals that do not import into Swift 6.
#ifndef BEAI_CNCURSESW_SHIM_H
#define BEAI_CNCURSESW_SHIM_H

#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

static inline WINDOW *beai_stdscr(void) { return stdscr; }
static inline int beai_lines(void) { return LINES; }
static inline int beai_cols(void) { return COLS; }
static inline int beai_color_pairs(void) { return COLOR_PAIRS; }
static inline int beai_colors(void) { return COLORS; }
static inline attr_t beai_a_bold(void) { return A_BOLD; }
static inline attr_t beai_a_reverse(void) { return A_REVERSE; }
static inline attr_t beai_a_underline(void) { return A_UNDERLINE; }
static inline attr_t beai_a_dim(void) { return A_DIM; }
static inline attr_t beai_a_normal(void) { return A_NORMAL; }
static inline int beai_wcwidth(wchar_t c) { return wcwidth(c); }
static inline const char *beai_codeset(void) { return nl_langinfo(CODESET); }

/// 1 when the terminal named by TERM can address the cursor; 0 otherwise (unknown, unset, dumb).
static inline int beai_terminal_can_address_cursor(void) {
    int status = 0;
    if (setupterm(NULL, 1, &status) != OK || status != 1) return 0;
    char *cup = tigetstr("cup");
    int ok = cup != NULL && cup != (char *)-1 && cup != (char *)0;
    del_curterm(cur_term);
    return ok;
}

/// Draws one cell: a wide string of one grapheme with attributes and a colour pair.
/// Returns -2 when the grapheme cannot be represented, otherwise what mvwadd_wch returns.
static inline int beai_put_cell(int y, int x, const wchar_t *text, attr_t attrs, short pair) {
    cchar_t cell;
    if (setcchar(&cell, text, attrs, pair, NULL) != OK) return -2;
    return mvwadd_wch(stdscr, y, x, &cell);
}

static inline mmask_t beai_all_mouse_events(void) { return ALL_MOUSE_EVENTS | REPORT_MOUSE_POSITION; }
static inline mmask_t beai_button1_pressed(void) { return BUTTON1_PRESSED | BUTTON1_CLICKED; }
static inline mmask_t beai_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t beai_button5_pressed(void) { return BUTTON5_PRESSED; }

#endif
