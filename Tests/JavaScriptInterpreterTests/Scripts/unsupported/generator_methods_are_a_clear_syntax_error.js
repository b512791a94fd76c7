// expect syntax error: generators are not supported
class Range { *[Symbol.iterator]() {} }
