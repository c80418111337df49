import CZlib
import Crypto
import Foundation

/// Sizes and hashes reported for generated files.
public enum Digests {
    /// The Subresource Integrity value (`sha384-...`) of `data`.
    public static func subresourceIntegrity(_ data: Data) -> String {
        "sha384-" + Data(SHA384.hash(data: data)).base64EncodedString()
    }

    /// `data` compressed with gzip at the best compression level, as a web server would serve it.
    public static func gzip(_ data: Data) -> Data {
        var stream = z_stream()
        // 15 window bits + 16 selects the gzip wrapper.
        guard deflateInit2_(&stream, 9, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY,
                            ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return Data() }
        defer { deflateEnd(&stream) }
        var input = [UInt8](data)
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, UInt(input.count))) + 32)
        let produced: Int = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                stream.next_in = inBuffer.baseAddress
                stream.avail_in = uInt(inBuffer.count)
                stream.next_out = outBuffer.baseAddress
                stream.avail_out = uInt(outBuffer.count)
                guard deflate(&stream, Z_FINISH) == Z_STREAM_END else { return 0 }
                return Int(stream.total_out)
            }
        }
        return Data(output.prefix(produced))
    }
}
