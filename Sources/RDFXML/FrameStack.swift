/// The stack of open elements, in one manually managed block: frames are read and written in place
/// for every SAX event, and an Array's uniqueness and bounds bookkeeping showed in profiles. The
/// owner calls `deallocate()` once; noncopyable, so no copy of the stack can free the block twice.
struct FrameStack: ~Copyable {
    private var base: UnsafeMutablePointer<Frame>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 4)
        base = .allocate(capacity: self.capacity)
    }

    subscript(i: Int) -> Frame {
        unsafeAddress { UnsafePointer(base + i) }
        nonmutating unsafeMutableAddress { base + i }
    }

    mutating func append(_ frame: consuming Frame) {
        if count == capacity {
            let grown = UnsafeMutablePointer<Frame>.allocate(capacity: capacity * 2)
            grown.moveInitialize(from: base, count: count)
            base.deallocate()
            base = grown
            capacity *= 2
        }
        (base + count).initialize(to: consume frame)
        count += 1
    }

    mutating func removeLast() {
        count -= 1
        (base + count).deinitialize(count: 1)
    }

    /// Moves the top frame out (no copy, no reference counting).
    mutating func popLast() -> Frame {
        count -= 1
        return (base + count).move()
    }

    func deallocate() {
        base.deinitialize(count: count)
        base.deallocate()
    }
}
