import Foundation
import Testing
@testable import CatalogStore

@Suite struct BlobCodecTests {
    static let triples = Array(String(repeating: "<https://data.example.nl/dataset/a> <http://purl.org/dc/terms/title> \"x\" .\n",
                                      count: 50).utf8)

    @Test func roundTripsAndShrinksRepetitiveText() throws {
        for dictionary in [BlobDictionary.ID.none, .modelV1, .subgraphV1, .qualityV1, .subgraphTableWithNTriplesDictionary,
                           .qualityTableV1, .subgraphTableV1, .bodyV1, .bodyV2] {
            let packed = BlobCodec.pack(Self.triples, dictionary: dictionary)
            #expect(packed.first == BlobCodec.lzMarker)
            #expect(packed[packed.startIndex + 1] == dictionary.rawValue)
            #expect(packed.count * 4 < Self.triples.count)
            #expect(try BlobCodec.unpack(packed) == Self.triples)
        }
        #expect(try BlobCodec.unpack(BlobCodec.pack([], dictionary: .modelV1)) == [])
    }

    /// What earlier versions wrote (zlib, marker 0x01) still reads: no migration rewrites old blobs.
    @Test func zlibBlobsOfEarlierVersionsStillRead() throws {
        let legacy: [UInt8] = [
            0x01, 0xF6, 0x00, 0x00, 0x00, 0x78, 0x01, 0xB3, 0xC9, 0x28, 0x29, 0x29, 0x28, 0xB6, 0xD2, 0xD7, 0x4F,
            0x49, 0x2C, 0x49, 0xD4, 0x4B, 0xAD, 0x48, 0xCC, 0x2D, 0xC8, 0x49, 0xD5, 0xCB, 0xCB, 0x01, 0xF3, 0x8B,
            0x53, 0x4B, 0xF4, 0x13, 0xED, 0x14, 0x6C, 0x40, 0x6A, 0x80, 0x4A, 0x0A, 0x4A, 0x8B, 0x72, 0xF4, 0xF2,
            0x8B, 0xD2, 0xF5, 0x53, 0x92, 0xF5, 0x4B, 0x52, 0x8B, 0x72, 0x8B, 0xF5, 0x4B, 0x32, 0x4B, 0x72, 0x52,
            0xED, 0x14, 0x94, 0x9C, 0xF2, 0x73, 0x53, 0xF3, 0x94, 0x1C, 0xF2, 0x72, 0x14, 0xF4, 0xB8, 0xC0, 0xAA,
            0x07, 0xB9, 0x89, 0x00, 0x51, 0xA3, 0x54, 0xAC,
        ]
        let line = "<https://data.example.nl/dataset/a> <http://purl.org/dc/terms/title> \"Bomen\"@nl .\n"
        #expect(try BlobCodec.unpackString(Data(legacy)) == String(repeating: line, count: 3))
    }

    /// What the versions before summed the original bytes (marker 0x02) still reads, and its checksum
    /// still guards it.
    @Test func blobsSummingTheOriginalStillRead() throws {
        let legacy: [UInt8] = [
            0x02, 0x00, 0x11, 0x00, 0x00, 0x00, 0x05, 0x28, 0x20, 0x96, 0xF0, 0x02, 0x68, 0x65, 0x6C, 0x6C, 0x6F,
            0x20, 0x68, 0x65, 0x6C, 0x6C, 0x6F, 0x20, 0x68, 0x65, 0x6C, 0x6C, 0x6F,
        ]
        #expect(try BlobCodec.unpackString(Data(legacy)) == "hello hello hello")
        var damaged = legacy
        damaged[14] ^= 0x01
        #expect(throws: BlobError.self) { _ = try BlobCodec.unpack(Data(damaged)) }
    }

    @Test func uncompressedBlobsReadAsStored() throws {
        #expect(try BlobCodec.unpackString(Data("{\"iri\":\"x\"}".utf8)) == "{\"iri\":\"x\"}")
    }

    @Test func damagedBlobIsAnErrorNotACrash() throws {
        let packed = [UInt8](BlobCodec.pack(Array(String(repeating: "abc", count: 100).utf8) + Array("tail".utf8),
                                            dictionary: .none))
        // Every single-byte change after the marker is caught: by the decoder's bounds, or by the checksum
        // (a changed literal still decodes, to the wrong text).
        for i in 1..<packed.count {
            var damaged = packed
            damaged[i] ^= 0x5A
            #expect(throws: BlobError.self) { _ = try BlobCodec.unpack(Data(damaged)) }
        }
        var lying = [UInt8](BlobCodec.pack(Array("hello hello hello".utf8), dictionary: .none))
        lying[2] = 0xFF; lying[3] = 0xFF; lying[4] = 0xFF; lying[5] = 0x7F
        #expect(throws: BlobError.self) { _ = try BlobCodec.unpack(Data(lying)) }
        var unknownDictionary = [UInt8](BlobCodec.pack(Self.triples, dictionary: .modelV1))
        unknownDictionary[1] = 0xEE
        #expect(throws: BlobError.self) { _ = try BlobCodec.unpack(Data(unknownDictionary)) }
        var wrongDictionary = [UInt8](BlobCodec.pack(Self.triples, dictionary: .modelV1))
        wrongDictionary[1] = BlobDictionary.ID.qualityV1.rawValue
        #expect(throws: BlobError.self) { _ = try BlobCodec.unpack(Data(wrongDictionary)) }
    }

    /// The dictionaries are part of the stored format: changing a byte makes every blob packed with it
    /// unreadable. A new dictionary gets a new id; these stay as they are.
    @Test func dictionariesNeverChange() {
        func fnv1a(_ bytes: [UInt8]) -> UInt64 {
            bytes.reduce(0xCBF2_9CE4_8422_2325) { ($0 ^ UInt64($1)) &* 0x0000_0100_0000_01B3 }
        }
        #expect(BlobDictionary.modelV1.bytes.count == 12238)
        #expect(fnv1a(BlobDictionary.modelV1.bytes) == 0x9A2F_C83F_F06A_FE9F)
        #expect(BlobDictionary.subgraphV1.bytes.count == 18509)
        #expect(fnv1a(BlobDictionary.subgraphV1.bytes) == 0x409C_6002_B7D0_AA2D)
        #expect(BlobDictionary.qualityV1.bytes.count == 16982)
        #expect(fnv1a(BlobDictionary.qualityV1.bytes) == 0xFD71_6C98_B5FD_3DD1)
        #expect(BlobDictionary.qualityTableV1.bytes.count == 9042)
        #expect(fnv1a(BlobDictionary.qualityTableV1.bytes) == 0x2730_DBE0_BDA8_3E07)
        #expect(BlobDictionary.subgraphTableV1.bytes.count == 7506)
        #expect(fnv1a(BlobDictionary.subgraphTableV1.bytes) == 0x202E_E89F_FF4E_A88C)
        // A record's body is packed with the model and subgraph-table dictionaries, in that order.
        #expect(BlobDictionary.bodyV1.bytes == BlobDictionary.modelV1.bytes + BlobDictionary.subgraphTableV1.bytes)
        #expect(BlobDictionary.bodyV1.bytes.count == 19744)
        #expect(BlobDictionary.modelTableV1.count == 6571)
        #expect(fnv1a(BlobDictionary.modelTableV1) == 0xDF15_7AC1_CC7B_E239)
        #expect(BlobDictionary.bodyV2.bytes == BlobDictionary.modelTableV1 + BlobDictionary.subgraphTableV1.bytes)
        // Ids 4 and 6 are both term tables; 4 shares the N-Triples dictionary.
        #expect(BlobDictionary.ID.subgraphTableWithNTriplesDictionary.dictionary === BlobDictionary.subgraphV1)
    }
}
