/* The start-up floor: the least a C ncurses program does to draw one frame like beai's
   (wide-character ncurses, locale, colours, a bordered frame and a footer), then wait for q. */
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <ncursesw/curses.h>

int main(void) {
    setlocale(LC_ALL, "");
    initscr();
    raw();
    noecho();
    keypad(stdscr, TRUE);
    curs_set(0);
    if (has_colors()) { start_color(); use_default_colors(); init_pair(1, COLOR_CYAN, -1); }
    box(stdscr, 0, 0);
    attron(COLOR_PAIR(1) | A_BOLD);
    mvaddstr(0, 2, " floor ");
    attroff(COLOR_PAIR(1) | A_BOLD);
    mvaddstr(LINES - 1, 0, "q quit");
    refresh();
    while (getch() != 'q') {}
    endwin();
    return 0;
}
