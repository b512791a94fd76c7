#if canImport(Darwin)
import Darwin
#elseif canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif
import Crypto
import Foundation

/// Throughput of the `Crypto` hashes over a 64 MiB buffer, printed in MB/s (10^6 bytes per second).
///
/// Each line gives the wall-clock rate and the rate per second of this process's CPU time; on a shared machine
/// the second is the one that describes the code. Both are the best of seven runs.
package enum CryptoBenchmarks {
    package static func run() {
        let byteCount = 64 * 1024 * 1024
        let input = (0..<byteCount).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 11) }
        let key = Array("benchmark key".utf8)
        report("SHA-256", byteCount: byteCount) { SHA256.hash(input) }
        let data = Data(input)
        // A request body arrives as `Data`; this checks it is hashed in place, not copied byte by byte.
        report("SHA-256 of Data", byteCount: byteCount) { SHA256.hash(data) }
        report("HMAC-SHA256", byteCount: byteCount) { HMAC<SHA256>.authenticationCode(for: input, key: key) }
        report("SHA-1", byteCount: byteCount) { SHA1.hash(input) }
        report("SHA-512", byteCount: byteCount) { SHA512.hash(input) }
        report("MD5", byteCount: byteCount) { MD5.hash(input) }
    }

    private static func report(_ name: String, byteCount: Int, _ body: () -> [UInt8]) {
        var bestWall = Double.infinity
        var bestCPU = Double.infinity
        var checksum: UInt8 = 0
        for _ in 0..<7 {
            let wallStart = seconds(CLOCK_MONOTONIC), cpuStart = seconds(CLOCK_PROCESS_CPUTIME_ID)
            let digest = body()
            let wall = seconds(CLOCK_MONOTONIC) - wallStart, cpu = seconds(CLOCK_PROCESS_CPUTIME_ID) - cpuStart
            checksum ^= digest.first ?? 0
            bestWall = min(bestWall, wall)
            bestCPU = min(bestCPU, cpu)
        }
        let megabytes = Double(byteCount) / 1e6
        print("\(name): \(rounded(megabytes / bestWall)) MB/s wall, \(rounded(megabytes / bestCPU)) MB/s CPU time (64 MiB, best of 7, digest byte \(checksum))")
    }

    private static func seconds(_ clock: clockid_t) -> Double {
        var time = timespec()
        clock_gettime(clock, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    private static func rounded(_ value: Double) -> Double { (value * 10).rounded() / 10 }
}
