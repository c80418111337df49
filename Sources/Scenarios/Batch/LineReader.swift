#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a text file line by line without holding it in memory, counting lines and bytes.
///
/// ```swift
/// let reader = try LineReader(path: "visits.csv")
/// while let line = reader.next() { print(reader.lineNumber, line) }
/// ```
public final class LineReader {
    private let file: UnsafeMutablePointer<FILE>
    private var buffer: UnsafeMutablePointer<CChar>? = nil
    private var capacity = 0
    /// The number of the line `next()` returned last, from 1.
    public private(set) var lineNumber = 0
    /// Bytes read so far, and the file's size (for progress).
    public private(set) var bytesRead = 0
    public let size: Int

    public init(path: String) throws {
        guard let file = fopen(path, "r") else {
            throw RunError("\(path): cannot open (\(String(cString: strerror(errno))))")
        }
        self.file = file
        var info = stat()
        size = fstat(fileno(file), &info) == 0 ? Int(info.st_size) : 0
    }

    deinit {
        free(buffer)
        fclose(file)
    }

    /// The next line without its line break (invalid UTF-8 repaired), or `nil` at the end.
    public func next() -> String? {
        let count = getline(&buffer, &capacity, file)
        guard count >= 0, let buffer else { return nil }
        lineNumber += 1
        bytesRead += count
        var length = count
        while length > 0, buffer[length - 1] == 10 || buffer[length - 1] == 13 { length -= 1 }
        return buffer.withMemoryRebound(to: UInt8.self, capacity: length) {
            String(decoding: UnsafeBufferPointer(start: $0, count: length), as: UTF8.self)
        }
    }
}
