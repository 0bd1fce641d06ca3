/// A size in terminal cells.
public struct Size: Hashable, Sendable, CustomStringConvertible {
    public var width: Int
    public var height: Int
    public init(width: Int, height: Int) { self.width = width; self.height = height }
    public var description: String { "\(width)x\(height)" }
    /// The smallest size full layouts are drawn at.
    public static let minimum = Size(width: 80, height: 24)
}

/// A rectangle of cells.
public struct Rect: Hashable, Sendable {
    public var x: Int, y: Int, width: Int, height: Int
    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x; self.y = y; self.width = max(0, width); self.height = max(0, height)
    }
    public init(size: Size) { self.init(x: 0, y: 0, width: size.width, height: size.height) }
    public var maxX: Int { x + width }
    public var maxY: Int { y + height }
    public var isEmpty: Bool { width <= 0 || height <= 0 }
    public func contains(x px: Int, y py: Int) -> Bool { px >= x && px < maxX && py >= y && py < maxY }
    public func inset(dx: Int, dy: Int) -> Rect { Rect(x: x + dx, y: y + dy, width: width - 2 * dx, height: height - 2 * dy) }
    public func intersection(_ o: Rect) -> Rect {
        let nx = max(x, o.x), ny = max(y, o.y)
        return Rect(x: nx, y: ny, width: min(maxX, o.maxX) - nx, height: min(maxY, o.maxY) - ny)
    }
    /// Splits off `n` rows from the top: (top, rest).
    public func splitTop(_ n: Int) -> (Rect, Rect) {
        let h = min(max(0, n), height)
        return (Rect(x: x, y: y, width: width, height: h), Rect(x: x, y: y + h, width: width, height: height - h))
    }
    /// Splits off `n` rows from the bottom: (rest, bottom).
    public func splitBottom(_ n: Int) -> (Rect, Rect) {
        let h = min(max(0, n), height)
        return (Rect(x: x, y: y, width: width, height: height - h), Rect(x: x, y: maxY - h, width: width, height: h))
    }
    /// Splits off `n` columns from the left: (left, rest).
    public func splitLeft(_ n: Int) -> (Rect, Rect) {
        let w = min(max(0, n), width)
        return (Rect(x: x, y: y, width: w, height: height), Rect(x: x + w, y: y, width: width - w, height: height))
    }
}

/// A terminal colour: the terminal's default, or an index of the 256-colour palette.
public enum Color: Hashable, Sendable {
    case `default`
    case index(Int)
}

/// A concrete style a terminal draws with. Views never build these: they use
/// semantic roles resolved by the theme (see Theme).
public struct Style: Hashable, Sendable {
    public var foreground: Color
    public var background: Color
    public var bold: Bool
    public var dim: Bool
    public var reverse: Bool
    public var underline: Bool
    public var italic: Bool
    public init(foreground: Color = .default, background: Color = .default, bold: Bool = false, dim: Bool = false,
                reverse: Bool = false, underline: Bool = false, italic: Bool = false) {
        self.foreground = foreground; self.background = background; self.bold = bold; self.dim = dim
        self.reverse = reverse; self.underline = underline; self.italic = italic
    }
    public static let plain = Style()
}

/// A key press, decoded.
public enum Key: Hashable, Sendable {
    /// A printable character (any script).
    case char(Character)
    case enter, escape, tab, backTab, backspace, delete, insert
    case up, down, left, right, pageUp, pageDown, home, end
    case function(Int)
    /// Ctrl + a letter (lower-case ASCII letter).
    case ctrl(Character)
    /// Alt (Meta) + a key.
    indirect case alt(Key)
}

public enum MouseButton: Hashable, Sendable {
    case left, right, middle, wheelUp, wheelDown
}

public struct MouseEvent: Hashable, Sendable {
    public var x: Int, y: Int
    public var button: MouseButton
    public init(x: Int, y: Int, button: MouseButton) { self.x = x; self.y = y; self.button = button }
}

/// What the app loop receives.
public enum InputEvent: Hashable, Sendable {
    case key(Key)
    /// Pasted or bracketed text arriving at once.
    case paste(String)
    case resize(Size)
    case mouse(MouseEvent)
    /// Nothing happened for about a second: time to look for other users' changes.
    case tick
    /// The terminal went away (EOF, EIO, SIGHUP) or a termination signal came: save and exit.
    case hangup
}

/// Where frames are drawn and input comes from: ncurses, or a cell buffer in memory.
public protocol Terminal: AnyObject {
    var size: Size { get }
    /// Whether colours can be used (false for vt100, NO_COLOR, monochrome theme).
    var hasColors: Bool { get }
    /// Starts a frame: every cell blank. Cheap: nothing is sent until `present`.
    func beginFrame()
    /// Draws text at a cell. The text is already sanitized and fitted by Painter;
    /// a terminal still clips at its own edges.
    func put(_ text: String, x: Int, y: Int, style: Style)
    /// Where the terminal's own cursor rests after the frame (the selected item), or nil to hide it.
    func setCursor(x: Int, y: Int)
    func hideCursor()
    /// Sends the frame. Only changed cells travel.
    func present()
    /// Waits for input up to `timeoutMilliseconds`; `.tick` when none came.
    func nextEvent(timeoutMilliseconds: Int) -> InputEvent
}
