// The shipped themes, embedded so the program works wherever it is copied.
// Each text is identical to themes/<name>.theme (ThemeLoaderTests checks it).
// After editing a theme file, copy its whole text here between the quotes.

/// The themes shipped in `themes/`, as text.
public enum BuiltinThemes {
    /// Name and text of every built-in theme; the first is the default.
    public static let all: [(name: String, text: String)] = [
        ("dark", dark),
        ("light", light),
        ("high-contrast", highContrast),
        ("monochrome", monochrome),
    ]

    public static let dark = #"""
# metodist theme: dark
# The default: for a dark terminal background, 256 colours.
#
# Format: one role per line
#
#     role = fg [on bg] [bold] [dim] [reverse] [underline] [italic]
#
# fg and bg are colours: default (the terminal's own colour), black, red,
# green, yellow, blue, magenta, cyan, white, bright-black, bright-red,
# bright-green, bright-yellow, bright-blue, bright-magenta, bright-cyan,
# bright-white, or a palette number 0-255 (on a terminal with fewer colours
# a number is shown as the nearest basic colour; without colours, or with
# NO_COLOR set, the monochrome theme is used). "on bg" is optional (the
# background is then the terminal's own). "#" starts a comment; blank lines
# are ignored. Every role is named exactly once:
#
#   text muted title accent border header selection selectionInactive marked
#   statusBar statusKey tabActive tabInactive ok warning danger info input
#   inputFocused dialog dialogTitle bar barEmpty highlight
#
# Progress bars are drawn with the characters █ (bar) and ░ (barEmpty) in the
# foreground colour.

text              = default                         # ordinary text
muted             = 245                             # secondary text: dates, counts, hints
title             = bright-white bold               # pane and view titles
accent            = 75 bold                         # emphasis: the current item's key facts
border            = 240                             # frames and separators
header            = 250 on 236 bold                 # column headers of tables
selection         = 231 on 25 bold                  # the selected row of the focused list
selectionInactive = 252 on 238                      # the selected row of a list without focus
marked            = 214 bold                        # rows marked for a bulk action
statusBar         = 252 on 236                      # the status bar
statusKey         = 16 on 75 bold                   # key hints in the status bar
tabActive         = 16 on 75 bold                   # the current view's tab
tabInactive       = 248 on 236                      # other tabs
ok                = 114                             # done, approved
warning           = 221                             # overdue soon, waiting
danger            = 203 bold                        # overdue, rejected, errors
info              = 117                             # notes and messages
input             = 252 on 237                      # an input field
inputFocused      = 231 on 24                       # the input field being edited
dialog            = 252 on 235                      # dialogs and pop-ups
dialogTitle       = 75 on 235 bold                  # a dialog's title
bar               = 75                              # the filled part of a progress bar
barEmpty          = 238                             # the empty part of a progress bar
highlight         = 16 on 221                       # search matches

"""#

    public static let light = #"""
# metodist theme: light
# For a light terminal background, 256 colours.
#
# Format: one role per line
#
#     role = fg [on bg] [bold] [dim] [reverse] [underline] [italic]
#
# fg and bg are colours: default (the terminal's own colour), black, red,
# green, yellow, blue, magenta, cyan, white, bright-black, bright-red,
# bright-green, bright-yellow, bright-blue, bright-magenta, bright-cyan,
# bright-white, or a palette number 0-255 (on a terminal with fewer colours
# a number is shown as the nearest basic colour; without colours, or with
# NO_COLOR set, the monochrome theme is used). "on bg" is optional (the
# background is then the terminal's own). "#" starts a comment; blank lines
# are ignored. Every role is named exactly once:
#
#   text muted title accent border header selection selectionInactive marked
#   statusBar statusKey tabActive tabInactive ok warning danger info input
#   inputFocused dialog dialogTitle bar barEmpty highlight
#
# Progress bars are drawn with the characters █ (bar) and ░ (barEmpty) in the
# foreground colour.

text              = default                         # ordinary text
muted             = 243                             # secondary text: dates, counts, hints
title             = 16 bold                         # pane and view titles
accent            = 25 bold                         # emphasis: the current item's key facts
border            = 248                             # frames and separators
header            = 16 on 253 bold                  # column headers of tables
selection         = 231 on 25 bold                  # the selected row of the focused list
selectionInactive = 16 on 252                       # the selected row of a list without focus
marked            = 130 bold                        # rows marked for a bulk action
statusBar         = 16 on 252                       # the status bar
statusKey         = 231 on 25 bold                  # key hints in the status bar
tabActive         = 231 on 25 bold                  # the current view's tab
tabInactive       = 238 on 252                      # other tabs
ok                = 28                              # done, approved
warning           = 130                             # overdue soon, waiting
danger            = 160 bold                        # overdue, rejected, errors
info              = 31                              # notes and messages
input             = 16 on 255                       # an input field
inputFocused      = 16 on 153                       # the input field being edited
dialog            = 16 on 255                       # dialogs and pop-ups
dialogTitle       = 25 on 255 bold                  # a dialog's title
bar               = 25                              # the filled part of a progress bar
barEmpty          = 252                             # the empty part of a progress bar
highlight         = 16 on 229                       # search matches

"""#

    public static let highContrast = #"""
# metodist theme: high-contrast
# Strong contrast with the 16 basic colours only (any colour terminal).
#
# Format: one role per line
#
#     role = fg [on bg] [bold] [dim] [reverse] [underline] [italic]
#
# fg and bg are colours: default (the terminal's own colour), black, red,
# green, yellow, blue, magenta, cyan, white, bright-black, bright-red,
# bright-green, bright-yellow, bright-blue, bright-magenta, bright-cyan,
# bright-white, or a palette number 0-255 (on a terminal with fewer colours
# a number is shown as the nearest basic colour; without colours, or with
# NO_COLOR set, the monochrome theme is used). "on bg" is optional (the
# background is then the terminal's own). "#" starts a comment; blank lines
# are ignored. Every role is named exactly once:
#
#   text muted title accent border header selection selectionInactive marked
#   statusBar statusKey tabActive tabInactive ok warning danger info input
#   inputFocused dialog dialogTitle bar barEmpty highlight
#
# Progress bars are drawn with the characters █ (bar) and ░ (barEmpty) in the
# foreground colour.

text              = bright-white                    # ordinary text
muted             = white                           # secondary text: dates, counts, hints
title             = bright-yellow bold              # pane and view titles
accent            = bright-cyan bold                # emphasis: the current item's key facts
border            = bright-white                    # frames and separators
header            = black on bright-white bold      # column headers of tables
selection         = black on bright-yellow bold     # the selected row of the focused list
selectionInactive = black on white                  # the selected row of a list without focus
marked            = bright-magenta bold underline   # rows marked for a bulk action
statusBar         = black on bright-white           # the status bar
statusKey         = black on bright-cyan bold       # key hints in the status bar
tabActive         = black on bright-yellow bold     # the current view's tab
tabInactive       = black on white                  # other tabs
ok                = bright-green bold               # done, approved
warning           = bright-yellow bold              # overdue soon, waiting
danger            = bright-red bold underline       # overdue, rejected, errors
info              = bright-cyan bold                # notes and messages
input             = bright-white underline          # an input field
inputFocused      = black on bright-white           # the input field being edited
dialog            = bright-white                    # dialogs and pop-ups
dialogTitle       = bright-yellow bold              # a dialog's title
bar               = bright-green                    # the filled part of a progress bar
barEmpty          = white                           # the empty part of a progress bar
highlight         = black on bright-magenta bold    # search matches

"""#

    public static let monochrome = #"""
# metodist theme: monochrome
# Attributes only, no colours: used automatically when the terminal has none or NO_COLOR is set.
#
# Format: one role per line
#
#     role = fg [on bg] [bold] [dim] [reverse] [underline] [italic]
#
# fg and bg are colours: default (the terminal's own colour), black, red,
# green, yellow, blue, magenta, cyan, white, bright-black, bright-red,
# bright-green, bright-yellow, bright-blue, bright-magenta, bright-cyan,
# bright-white, or a palette number 0-255 (on a terminal with fewer colours
# a number is shown as the nearest basic colour; without colours, or with
# NO_COLOR set, the monochrome theme is used). "on bg" is optional (the
# background is then the terminal's own). "#" starts a comment; blank lines
# are ignored. Every role is named exactly once:
#
#   text muted title accent border header selection selectionInactive marked
#   statusBar statusKey tabActive tabInactive ok warning danger info input
#   inputFocused dialog dialogTitle bar barEmpty highlight
#
# Progress bars are drawn with the characters █ (bar) and ░ (barEmpty) in the
# foreground colour.

text              = default                         # ordinary text
muted             = default dim                     # secondary text: dates, counts, hints
title             = default bold                    # pane and view titles
accent            = default bold                    # emphasis: the current item's key facts
border            = default                         # frames and separators
header            = default bold underline          # column headers of tables
selection         = default reverse                 # the selected row of the focused list
selectionInactive = default underline               # the selected row of a list without focus
marked            = default bold                    # rows marked for a bulk action
statusBar         = default reverse                 # the status bar
statusKey         = default reverse bold            # key hints in the status bar
tabActive         = default reverse bold            # the current view's tab
tabInactive       = default                         # other tabs
ok                = default                         # done, approved
warning           = default bold                    # overdue soon, waiting
danger            = default bold underline          # overdue, rejected, errors
info              = default                         # notes and messages
input             = default underline               # an input field
inputFocused      = default reverse                 # the input field being edited
dialog            = default                         # dialogs and pop-ups
dialogTitle       = default bold                    # a dialog's title
bar               = default                         # the filled part of a progress bar
barEmpty          = default dim                     # the empty part of a progress bar
highlight         = default bold underline          # search matches

"""#
}
