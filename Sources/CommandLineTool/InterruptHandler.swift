import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The write end of the self-pipe: the only thing the signal handler touches, since a handler may only make
/// async-signal-safe calls.
nonisolated(unsafe) private var interruptPipeWriteEnd: Int32 = -1

/// Turns the first Ctrl-C into a graceful stop (the reports are still written, marked incomplete) and a second
/// one into an immediate exit with status 130.
///
/// The handler writes one byte to a pipe; a reader thread turns bytes into calls, outside signal context.
final class InterruptHandler {
    private let readEnd: Int32
    private let writeEnd: Int32
    private let reader: Thread

    init(onInterrupt: @escaping @Sendable () -> Void) {
        var descriptors: [Int32] = [-1, -1]
        if pipe(&descriptors) != 0 { descriptors = [-1, -1] }
        readEnd = descriptors[0]
        writeEnd = descriptors[1]
        interruptPipeWriteEnd = writeEnd
        let readEnd = self.readEnd
        reader = Thread {
            var count = 0
            var byte: UInt8 = 0
            while read(readEnd, &byte, 1) == 1 {
                count += 1
                if count > 1 { exit(130) }
                onInterrupt()
            }
        }
        reader.start()
        signal(SIGINT) { _ in
            var byte: UInt8 = 1
            _ = write(interruptPipeWriteEnd, &byte, 1)
        }
    }

    func stop() {
        signal(SIGINT, SIG_DFL)
        interruptPipeWriteEnd = -1
        // Closing the write end ends the reader thread with end-of-file.
        close(writeEnd)
        close(readEnd)
    }
}
