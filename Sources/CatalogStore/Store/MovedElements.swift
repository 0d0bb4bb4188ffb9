/// The elements of an array moved into storage of their own, to be taken out one by one (by index, from
/// any thread) with `take`.
///
/// Why: a worker that reads an element of an array gets a copy, even through a buffer pointer (memory
/// behind a pointer cannot be lent to a call, so the compiler copies what it hands over), and copying a
/// record is a retain of each of its fields, then a release of each. Moved out of the array and then out of
/// this storage, an element is never copied, and it is freed by the worker that used it.
final class MovedElements<Element: Sendable>: @unchecked Sendable {
    let count: Int
    private let storage: UnsafeMutablePointer<Element>
    /// One flag a slot, each written only by the thread that takes it; read by `deinit`, after all are done.
    private let taken: UnsafeMutablePointer<Bool>

    init(_ array: consuming [Element]) {
        var array = array
        count = array.count
        storage = .allocate(capacity: max(1, count))
        taken = .allocate(capacity: max(1, count))
        taken.initialize(repeating: false, count: max(1, count))
        // From the end: `popLast` moves an element out of a uniquely held array (a shared one is copied
        // once, by the first pop, and then moved from).
        var i = count
        while let last = array.popLast() {
            i -= 1
            (storage + i).initialize(to: last)
        }
    }

    /// Element `i`, moved out. Each index must be taken at most once, by one thread: the check below
    /// catches a second take after the first, not two threads taking the same index at once.
    func take(_ i: Int) -> Element {
        precondition(i >= 0 && i < count, "index out of range")
        precondition(!taken[i], "element taken twice")
        taken[i] = true
        return (storage + i).move()
    }

    deinit {
        for i in 0..<count where !taken[i] { (storage + i).deinitialize(count: 1) }
        storage.deallocate()
        taken.deallocate()
    }
}
