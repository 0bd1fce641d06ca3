#ifndef CNCURSES_SHIM_H
#define CNCURSES_SHIM_H
// Wide-character ncurses: the wide API is declared only with these defined first.
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <stdio.h>
#include <signal.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

extern int wcwidth(wchar_t);  // Swift's Glibc module hides it

// Swift 6 refuses to read C globals (not concurrency-safe) and cannot import
// the A_* / COLOR_PAIR macros: everything goes through these functions.
static inline WINDOW *cn_stdscr(void) { return stdscr; }
static inline int cn_lines(void) { return LINES; }
static inline int cn_cols(void) { return COLS; }
static inline int cn_colors(void) { return COLORS; }
static inline int cn_color_pairs(void) { return COLOR_PAIRS; }
static inline attr_t cn_a_normal(void) { return A_NORMAL; }
static inline attr_t cn_a_bold(void) { return A_BOLD; }
static inline attr_t cn_a_dim(void) { return A_DIM; }
static inline attr_t cn_a_reverse(void) { return A_REVERSE; }
static inline attr_t cn_a_underline(void) { return A_UNDERLINE; }
static inline attr_t cn_a_italic(void) { return A_ITALIC; }
static inline attr_t cn_color_pair(int n) { return COLOR_PAIR(n); }
static inline mmask_t cn_all_mouse_events(void) { return ALL_MOUSE_EVENTS | REPORT_MOUSE_POSITION; }
static inline mmask_t cn_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t cn_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t cn_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t cn_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t cn_button5_pressed(void) { return BUTTON5_PRESSED; }
static inline int cn_key_mouse(void) { return KEY_MOUSE; }
static inline int cn_key_resize(void) { return KEY_RESIZE; }

// Signals: set a flag only; the app loop notices it (no SA_RESTART so get_wch returns).
// The flag is a weak (not static) definition: Swift emits these inline helpers into
// every object file that calls them, and a `static` variable would give each file
// (and each module) its own copy, so a handler installed from one file would set a
// flag another file never sees. Weak definitions are merged into one by the linker.
__attribute__((weak)) volatile sig_atomic_t cn_signal_flag = 0;
static void cn_signal_handler(int sig) { cn_signal_flag = sig; }
static inline void cn_install_signal_handlers(void) {
    struct sigaction sa;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0;
    sa.sa_handler = cn_signal_handler;
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGHUP, &sa, NULL);
    sigaction(SIGQUIT, &sa, NULL);
    signal(SIGPIPE, SIG_IGN);
}
static inline int cn_pending_signal(void) { return cn_signal_flag; }
static inline void cn_clear_signal(void) { cn_signal_flag = 0; }
static inline int cn_set_escdelay(int ms) { return set_escdelay(ms); }

// Added for the ncurses terminal.
static inline FILE *cn_stdout(void) { return stdout; }
static inline FILE *cn_stdin(void) { return stdin; }
static inline int cn_key_f(int n) { return KEY_F(n); }
static inline mmask_t cn_button2_pressed(void) { return BUTTON2_PRESSED; }
static inline mmask_t cn_button3_pressed(void) { return BUTTON3_PRESSED; }
static inline mmask_t cn_button2_clicked(void) { return BUTTON2_CLICKED; }
static inline mmask_t cn_button3_clicked(void) { return BUTTON3_CLICKED; }
static inline mmask_t cn_button4_clicked(void) { return BUTTON4_CLICKED; }
static inline mmask_t cn_button5_clicked(void) { return BUTTON5_CLICKED; }
/// Presses of buttons 1-3 and the wheel (4/5); no motion reports (they flood the line).
static inline mmask_t cn_click_and_wheel_mask(void) {
    return BUTTON1_PRESSED | BUTTON2_PRESSED | BUTTON3_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED;
}
/// A terminfo string capability is present (tigetstr gives NULL when absent and
/// (char *)-1 when the name is not a string capability).
static inline int cn_has_string_capability(const char *name) {
    char *s = tigetstr(name);
    return s != NULL && s != (char *)-1;
}
/// Restores the default action of the signals cn_install_signal_handlers took over.
static inline void cn_restore_default_signals(void) {
    signal(SIGINT, SIG_DFL);
    signal(SIGTERM, SIG_DFL);
    signal(SIGHUP, SIG_DFL);
    signal(SIGQUIT, SIG_DFL);
}
#endif
