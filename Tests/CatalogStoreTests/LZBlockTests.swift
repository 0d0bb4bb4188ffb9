import Foundation
import Testing
import TestSupport
@testable import CatalogStore

@Suite struct LZBlockTests {
    func pack(_ input: [UInt8], _ dictionary: LZDictionary? = nil) -> [UInt8] {
        input.withUnsafeBytes { LZPacker().compress($0, dictionary: dictionary) { Array($0) } }
    }

    func unpack(_ block: [UInt8], length: Int, _ dictionary: LZDictionary? = nil) throws -> [UInt8] {
        try block.withUnsafeBytes { try LZBlock.decompress($0, length: length, dictionary: dictionary) }
    }

    func roundTrip(_ input: [UInt8], _ dictionary: LZDictionary? = nil, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let block = pack(input, dictionary)
        #expect(block.count <= LZPacker.bound(input.count), sourceLocation: sourceLocation)
        #expect(try unpack(block, length: input.count, dictionary) == input, sourceLocation: sourceLocation)
    }

    @Test func roundTripsShortAndBoundaryLengths() throws {
        var random = SplitMix64(seed: 1)
        // Literal and match lengths around the nibble (15) and the extension bytes (15 + 255).
        for n in [0, 1, 3, 4, 5, 8, 12, 15, 16, 19, 20, 269, 270, 271, 525, 1000] {
            try roundTrip(random.bytes(n))
            try roundTrip(Array(repeating: 0x61, count: n))
            try roundTrip(Array(repeating: 0x61, count: n), BlobDictionary.modelV1)
        }
    }

    @Test func roundTripsIncompressibleRepetitiveAndOverlappingInput() throws {
        var random = SplitMix64(seed: 2)
        let noise = random.bytes(200_000)
        let block = pack(noise)
        #expect(block.count <= LZPacker.bound(noise.count))
        #expect(try unpack(block, length: noise.count) == noise)
        // Period 3: every match overlaps the bytes it copies.
        let periodic = Array(String(repeating: "abc", count: 50_000).utf8)
        #expect(pack(periodic).count < 1_000)
        try roundTrip(periodic)
        try roundTrip(Array(repeating: 0, count: 1 << 20))
        // Repeats just inside and just beyond the largest offset.
        let chunk = random.bytes(64)
        for gap in [LZBlock.maxOffset - 64, LZBlock.maxOffset - 63, LZBlock.maxOffset, LZBlock.maxOffset + 1] {
            try roundTrip(chunk + random.bytes(gap - 64) + chunk + chunk)
        }
        // Text with matches of every length and distance.
        var text: [UInt8] = []
        let words = ["dataset", "distributie", "http://www.w3.org/ns/dcat#", "bomen", "\"nl\"", " ", "\n"].map { Array($0.utf8) }
        for _ in 0..<20_000 { text += words[Int(random.next() % UInt64(words.count))] }
        try roundTrip(text)
        try roundTrip(text, BlobDictionary.subgraphV1)
    }

    /// One packer serves a whole batch: its window per dictionary grows for a large input and keeps the
    /// dictionary in front; what it packed before never leaks into the next block.
    @Test func aPackerIsReusedAcrossDictionariesAndSizes() throws {
        var random = SplitMix64(seed: 4)
        let packer = LZPacker()
        let dictionaries: [LZDictionary?] = [nil, BlobDictionary.modelV1, BlobDictionary.subgraphV1, BlobDictionary.qualityV1]
        for round in 0..<40 {
            let dictionary = dictionaries[round % dictionaries.count]
            let size = [0, 7, 300, 5_000, 70_000, 250_000][Int(random.next() % 6)]
            let input = (0..<size).map { _ in UInt8(ascii: "a") + UInt8(random.next() % 4) }
            let block = input.withUnsafeBytes { packer.compress($0, dictionary: dictionary, reserved: 3) { Array($0[3...]) } }
            #expect(try unpack(block, length: input.count, dictionary) == input, "round \(round), \(size) bytes")
        }
    }

    /// A reused packer resets its table before each blob: a blob comes out exactly as a new packer
    /// would pack it, whatever was packed before and with which dictionary.
    @Test func aReusedPackerPacksEveryBlobAsANewOneWould() throws {
        var random = SplitMix64(seed: 5)
        let dictionaries: [LZDictionary?] = [nil, BlobDictionary.modelV1, BlobDictionary.subgraphV1, BlobDictionary.qualityV1]
        let words = ["dataset", "title", "http://purl.org/dc/terms/", "distribution", "nl", "\"", "{", "}"].map { Array($0.utf8) }
        let packer = LZPacker()
        for round in 0..<120 {
            let dictionary = dictionaries[round % dictionaries.count]
            let count = Int(random.next() % 600)
            let input = (0..<count).flatMap { _ in words[Int(random.next() % UInt64(words.count))] }
            let reused = input.withUnsafeBytes { packer.compress($0, dictionary: dictionary) { Array($0) } }
            #expect(reused == pack(input, dictionary), "round \(round), \(input.count) bytes")
        }
    }

    @Test func aDictionaryIsMatchedFromTheFirstByte() throws {
        let dictionary = BlobDictionary.qualityV1
        // A line of the dictionary itself packs to a few sequences that point into it.
        let line = Array(dictionary.bytes.split(separator: UInt8(ascii: "\n"))[1])
        let withDictionary = pack(line, dictionary)
        #expect(withDictionary.count * 50 < line.count)
        #expect(pack(line).count > withDictionary.count * 10)
        try roundTrip(line, dictionary)
        // Without its dictionary (or with another) the block does not give the text back.
        #expect((try? unpack(withDictionary, length: line.count)) != line)
        #expect((try? unpack(withDictionary, length: line.count, BlobDictionary.modelV1)) != line)
    }

    /// Truncated and mutated blocks throw or decode to something of the asked length; they never read or
    /// write out of bounds (the debug build checks every access).
    @Test func hostileBlocksAreRefusedWithoutCrashing() throws {
        var random = SplitMix64(seed: 3)
        let text = Array(String(repeating: "<https://data.example.nl/dataset/b> <http://purl.org/dc/terms/title> \"Bomen\"@nl .\n",
                                count: 40).utf8) + random.bytes(300)
        let block = pack(text, BlobDictionary.subgraphV1)
        for cut in 0..<block.count {
            #expect(throws: BlobError.self) { _ = try unpack(Array(block[..<cut]), length: text.count, BlobDictionary.subgraphV1) }
        }
        #expect(throws: BlobError.self) { _ = try unpack(block, length: text.count + 1, BlobDictionary.subgraphV1) }
        #expect(throws: BlobError.self) { _ = try unpack(block, length: text.count - 1, BlobDictionary.subgraphV1) }
        var survived = 0
        for _ in 0..<2_000 {
            var mutated = block
            for _ in 0..<(1 + Int(random.next() % 4)) {
                mutated[Int(random.next() % UInt64(mutated.count))] = UInt8(truncatingIfNeeded: random.next())
            }
            if let out = try? unpack(mutated, length: text.count, BlobDictionary.subgraphV1) {
                #expect(out.count == text.count)
                survived += 1
            }
        }
        // An offset pointing before the dictionary, and a length byte run that never ends.
        #expect(throws: BlobError.self) { _ = try unpack([0x10, 0x41, 0xFF, 0xFF, 0x00], length: 8) }
        #expect(throws: BlobError.self) { _ = try unpack([0xF0] + Array(repeating: 255, count: 100), length: 1 << 20) }
        #expect(survived < 2_000)
    }
}
