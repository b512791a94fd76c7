extension Realm {
    func setUpArrayIterationMethods(_ proto: JSObject) {
        defineMethod(proto, "forEach", length: 1) { c throws(JSThrow) in
            let r = c.realm
            let o = try r.toObject(c.this)
            let n = try r.lengthOf(o)
            let f = try r.callback(c, "forEach")
            var i = 0
            while i < n {
                if r.hasAt(o, i) { _ = try r.call(f, this: c[1], [try r.getAt(o, i), .number(Double(i)), .object(o)]) }
                i += 1
            }
            return .undefined
        }
        defineMethod(proto, "map", length: 1) { c throws(JSThrow) in
            let r = c.realm
            let o = try r.toObject(c.this)
            let n = try r.lengthOf(o)
            let f = try r.callback(c, "map")
            var out = ContiguousArray<JSValue>(repeating: .hole, count: n)
            var i = 0
            while i < n {
                if r.hasAt(o, i) { out[i] = try r.call(f, this: c[1], [try r.getAt(o, i), .number(Double(i)), .object(o)]) }
                i += 1
            }
            let a = r.newArray()
            a.elements = out
            return .object(a)
        }
        defineMethod(proto, "filter", length: 1) { c throws(JSThrow) in
            let r = c.realm
            let o = try r.toObject(c.this)
            let n = try r.lengthOf(o)
            let f = try r.callback(c, "filter")
            var out: [JSValue] = []
            var i = 0
            while i < n {
                if r.hasAt(o, i) {
                    let v = try r.getAt(o, i)
                    if try r.call(f, this: c[1], [v, .number(Double(i)), .object(o)]).truthy { out.append(v) }
                }
                i += 1
            }
            return .object(r.newArray(out))
        }
        for (name, mode) in [("some", 0), ("every", 1), ("find", 2), ("findIndex", 3), ("findLast", 4), ("findLastIndex", 5)] {
            defineMethod(proto, name, length: 1) { c throws(JSThrow) in
                let r = c.realm
                let o = try r.toObject(c.this)
                let n = try r.lengthOf(o)
                let f = try r.callback(c, name)
                let reverse = mode >= 4
                var i = reverse ? n - 1 : 0
                while reverse ? i >= 0 : i < n {
                    let skipHoles = mode <= 1
                    if !skipHoles || r.hasAt(o, i) {
                        let v = try r.getAt(o, i)
                        let t = try r.call(f, this: c[1], [v, .number(Double(i)), .object(o)]).truthy
                        switch mode {
                        case 0: if t { return .true }
                        case 1: if !t { return .false }
                        case 2, 4: if t { return v }
                        default: if t { return .number(Double(i)) }
                        }
                    }
                    i += reverse ? -1 : 1
                }
                switch mode {
                case 0: return .false
                case 1: return .true
                case 2, 4: return .undefined
                default: return .number(-1)
                }
            }
        }
        for (name, right) in [("reduce", false), ("reduceRight", true)] {
            defineMethod(proto, name, length: 1) { c throws(JSThrow) in
                let r = c.realm
                let o = try r.toObject(c.this)
                let n = try r.lengthOf(o)
                let f = try r.callback(c, name)
                var i = right ? n - 1 : 0
                var acc: JSValue
                if c.count >= 2 {
                    acc = c[1]
                } else {
                    while (right ? i >= 0 : i < n) && !r.hasAt(o, i) { i += right ? -1 : 1 }
                    if right ? i < 0 : i >= n { throw r.typeError("Reduce of empty array with no initial value") }
                    acc = try r.getAt(o, i)
                    i += right ? -1 : 1
                }
                while right ? i >= 0 : i < n {
                    if r.hasAt(o, i) { acc = try r.call(f, this: .undefined, [acc, try r.getAt(o, i), .number(Double(i)), .object(o)]) }
                    i += right ? -1 : 1
                }
                return acc
            }
        }
        defineMethod(proto, "flat", length: 0) { c throws(JSThrow) in
            let r = c.realm
            let o = try r.toObject(c.this)
            let depth = c[0].isUndefined ? 1 : try r.toIntegerOrInfinity(c[0])
            var out: [JSValue] = []
            try r.flatten(o, depth: depth, into: &out)
            return .object(r.newArray(out))
        }
        defineMethod(proto, "flatMap", length: 1) { c throws(JSThrow) in
            let r = c.realm
            let o = try r.toObject(c.this)
            let n = try r.lengthOf(o)
            let f = try r.callback(c, "flatMap")
            var out: [JSValue] = []
            for i in 0..<n where r.hasAt(o, i) {
                let v = try r.call(f, this: c[1], [try r.getAt(o, i), .number(Double(i)), .object(o)])
                if case .object(let inner) = v, inner.isArray { try r.flatten(inner, depth: 0, into: &out) } else { out.append(v) }
            }
            return .object(r.newArray(out))
        }
        defineMethod(proto, "sort", length: 1) { c throws(JSThrow) in
            let r = c.realm
            let cmp = c[0]
            if !cmp.isUndefined, !(cmp.asObject?.isCallable ?? false) {
                throw r.typeError("The comparison function must be either a function or undefined")
            }
            let o = try r.toObject(c.this)
            let n = try r.lengthOf(o)
            var values: [JSValue] = []
            var undefinedCount = 0
            var holes = 0
            for i in 0..<n {
                if !r.hasAt(o, i) {
                    holes += 1
                    continue
                }
                let v = try r.getAt(o, i)
                if v.isUndefined { undefinedCount += 1 } else { values.append(v) }
            }
            let sorted = try r.mergeSort(values) { a, b throws(JSThrow) in
                if !cmp.isUndefined {
                    let x = try r.toNumber(try r.call(cmp, this: .undefined, [a, b]))
                    return x < 0 ? -1 : (x > 0 ? 1 : 0)
                }
                let sa = try r.toString(a), sb = try r.toString(b)
                if sa.equals(sb) { return 0 }
                return sa.less(than: sb) ? -1 : 1
            }
            var i = 0
            for v in sorted {
                try r.setAt(o, i, v)
                i += 1
            }
            for _ in 0..<undefinedCount {
                try r.setAt(o, i, .undefined)
                i += 1
            }
            for _ in 0..<holes {
                try r.deleteAt(o, i)
                i += 1
            }
            return .object(o)
        }
    }

    func flatten(_ o: JSObject, depth: Double, into out: inout [JSValue], level: Int = 0) throws(JSThrow) {
        if level > 10_000 { throw rangeError("Maximum call stack size exceeded") }
        let n = try lengthOf(o)
        for i in 0..<n where hasAt(o, i) {
            let v = try getAt(o, i)
            if depth > 0, case .object(let inner) = v, inner.isArray {
                try flatten(inner, depth: depth - 1, into: &out, level: level + 1)
            } else {
                out.append(v)
            }
        }
    }

    /// A stable merge sort whose comparator may throw.
    func mergeSort(_ values: [JSValue], _ compare: (JSValue, JSValue) throws(JSThrow) -> Int) throws(JSThrow) -> [JSValue] {
        if values.count <= 1 { return values }
        var a = values
        var b = values
        var width = 1
        let n = a.count
        while width < n {
            var i = 0
            while i < n {
                let mid = min(i + width, n), end = min(i + 2 * width, n)
                var l = i, r = mid, k = i
                while l < mid && r < end {
                    if try compare(a[r], a[l]) < 0 {
                        b[k] = a[r]
                        r += 1
                    } else {
                        b[k] = a[l]
                        l += 1
                    }
                    k += 1
                }
                while l < mid { b[k] = a[l]; l += 1; k += 1 }
                while r < end { b[k] = a[r]; r += 1; k += 1 }
                i += 2 * width
            }
            swap(&a, &b)
            width *= 2
        }
        return a
    }
}
