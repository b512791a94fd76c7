/// Removes `//` and `/* */` comments from a JSON body outside strings, as Postman does for raw JSON bodies.
enum JSONCommentStripper {
    static func strip(_ text: String) -> String {
        guard text.contains("/") else { return text }
        var output = ""
        var scalars = Array(text.unicodeScalars)[...]
        var inString = false
        while let scalar = scalars.first {
            scalars = scalars.dropFirst()
            if inString {
                output.unicodeScalars.append(scalar)
                if scalar == "\\", let next = scalars.first {
                    output.unicodeScalars.append(next)
                    scalars = scalars.dropFirst()
                } else if scalar == "\"" {
                    inString = false
                }
                continue
            }
            if scalar == "\"" {
                inString = true
                output.unicodeScalars.append(scalar)
            } else if scalar == "/", scalars.first == "/" {
                while let next = scalars.first, next != "\n" { scalars = scalars.dropFirst() }
            } else if scalar == "/", scalars.first == "*" {
                scalars = scalars.dropFirst()
                while let next = scalars.first {
                    scalars = scalars.dropFirst()
                    if next == "*", scalars.first == "/" {
                        scalars = scalars.dropFirst()
                        break
                    }
                }
            } else {
                output.unicodeScalars.append(scalar)
            }
        }
        return output
    }
}
