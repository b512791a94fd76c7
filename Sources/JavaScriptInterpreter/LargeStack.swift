#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs work on a dedicated thread with a large native stack, so deep JavaScript recursion reaches the
/// interpreter's call-depth limit long before the native stack runs out.
package enum LargeStack {
    private final class Job: @unchecked Sendable {
        let body: () -> Void
        init(_ body: @escaping () -> Void) {
            self.body = body
        }
    }

    /// Runs `body` synchronously on a thread with `stackSize` bytes of stack and returns its result.
    package static func run<T>(stackSize: Int = 1 << 30, _ body: () -> T) -> T {
        withoutActuallyEscaping(body) { escapable -> T in
            var result: T? = nil
            withUnsafeMutablePointer(to: &result) { resultPointer in
                nonisolated(unsafe) let out = resultPointer
                nonisolated(unsafe) let work = escapable
                let job = Job { out.pointee = work() }
                var attributes = pthread_attr_t()
                pthread_attr_init(&attributes)
                pthread_attr_setstacksize(&attributes, stackSize)
                let context = Unmanaged.passRetained(job).toOpaque()
                #if canImport(Darwin)
                var thread: pthread_t? = nil
                let started = pthread_create(&thread, &attributes, { raw in
                    Unmanaged<Job>.fromOpaque(raw).takeRetainedValue().body()
                    return nil
                }, context)
                if started == 0, let thread { pthread_join(thread, nil) } else {
                    Unmanaged<Job>.fromOpaque(context).takeRetainedValue().body()
                }
                #else
                var thread = pthread_t()
                let started = pthread_create(&thread, &attributes, { raw in
                    if let raw { Unmanaged<Job>.fromOpaque(raw).takeRetainedValue().body() }
                    return nil
                }, context)
                if started == 0 { pthread_join(thread, nil) } else {
                    Unmanaged<Job>.fromOpaque(context).takeRetainedValue().body()
                }
                #endif
                pthread_attr_destroy(&attributes)
            }
            // The job always runs exactly once before this point.
            return result.unsafelyUnwrapped
        }
    }
}
