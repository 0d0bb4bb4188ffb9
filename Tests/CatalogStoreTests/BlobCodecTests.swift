import Foundation
import Testing
@testable import CatalogStore

@Suite struct BlobCodecTests {
    @Test func roundTripsAndShrinksRepetitiveText() throws {
        let text = Array(String(repeating: "<https://data.example.nl/dataset/a> <http://purl.org/dc/terms/title> \"x\" .\n", count: 50).utf8)
        let packed = BlobCodec.pack(text)
        #expect(packed.first == BlobCodec.marker)
        #expect(packed.count * 4 < text.count)
        #expect(try BlobCodec.unpack(packed) == text)
        #expect(try BlobCodec.unpack(BlobCodec.pack([])) == [])
    }

    @Test func uncompressedBlobsReadAsStored() throws {
        #expect(try BlobCodec.unpackString(Data("{\"iri\":\"x\"}".utf8)) == "{\"iri\":\"x\"}")
    }

    @Test func damagedBlobIsAnErrorNotACrash() throws {
        var packed = [UInt8](BlobCodec.pack(Array(String(repeating: "abc", count: 100).utf8)))
        packed[packed.count / 2] ^= 0xFF
        #expect(throws: BlobError.self) { _ = try BlobCodec.unpack(Data(packed)) }
        var lying = [UInt8](BlobCodec.pack(Array("hello hello hello".utf8)))
        lying[1] = 0xFF; lying[2] = 0xFF; lying[3] = 0xFF; lying[4] = 0x7F
        #expect(throws: BlobError.self) { _ = try BlobCodec.unpack(Data(lying)) }
    }
}
