/// The first `k` elements of `items` in the order `before` gives, as `items.sorted(by: before).prefix(k)`
/// would give them (equal elements keep their input order), without sorting everything: a search that
/// matches 70,000 records shows 20 of them.
func firstInOrder<T>(_ k: Int, of items: [T], by before: (T, T) -> Bool) -> [T] {
    guard k > 0 else { return [] }
    if k >= (items.count + 7) / 8 { return Array(items.sorted(by: before).prefix(k)) }
    var top: [T] = []
    top.reserveCapacity(k + 1)
    for item in items {
        if top.count == k, !before(item, top[k - 1]) { continue }
        // After every element that is not after `item`: equal elements stay in input order.
        var low = 0, high = top.count
        while low < high {
            let mid = (low + high) / 2
            if before(item, top[mid]) { high = mid } else { low = mid + 1 }
        }
        top.insert(item, at: low)
        if top.count > k { top.removeLast() }
    }
    return top
}
