/// A parsed script: its statements, whether it is strict, and its source for stack traces.
package struct Program: Sendable {
    package var body: [Statement]
    package var isStrict: Bool
}

/// The name of a property in a literal, class or pattern.
package indirect enum PropertyName: Sendable {
    case identifier(String)
    case string([UInt16])
    case number(Double)
    case computed(Expression)
    case privateName(String)
}

/// A binding or assignment target.
package indirect enum Pattern: Sendable {
    case identifier(String, SourceLocation)
    /// An assignment target that is a member expression (only in assignment patterns).
    case expression(Expression)
    case object([PatternProperty], rest: Pattern?)
    case array([Pattern?], rest: Pattern?)
    case withDefault(Pattern, Expression)
}

/// One `key: pattern` entry of an object pattern.
package struct PatternProperty: Sendable {
    package var key: PropertyName
    package var value: Pattern
}

/// One element of an array literal or an argument list.
package enum ArrayElement: Sendable {
    case hole
    case expression(Expression)
    case spread(Expression)
}

/// One member of an object literal.
package enum ObjectMember: Sendable {
    case property(PropertyName, Expression)
    case shorthand(String, SourceLocation)
    case method(PropertyName, FunctionNode)
    case getter(PropertyName, FunctionNode)
    case setter(PropertyName, FunctionNode)
    case spread(Expression)
}

/// The kind of a function, which decides `this`, `new` and `super` behaviour.
package enum FunctionKind: Sendable, Equatable {
    case normal
    case arrow
    case method
    case getter
    case setter
    case classConstructor
    case derivedConstructor
}

/// A function literal, declaration, method or arrow.
package final class FunctionNode: Sendable {
    package let name: String
    package let params: [Pattern]
    package let rest: Pattern?
    package let body: [Statement]
    package let kind: FunctionKind
    package let isStrict: Bool
    package let location: SourceLocation
    /// Number of parameters before the first default or rest (the `length` property).
    package let length: Int
    /// Whether the parameters are plain identifiers with no defaults or rest.
    package let hasSimpleParams: Bool
    /// True for an arrow with an expression body (the body is one return statement).
    package let isExpressionBody: Bool
    /// Source text (for `Function.prototype.toString`).
    package let sourceText: SourceText
    /// For class constructors: the instance fields to initialise.
    package let fields: [ClassMember]

    package init(name: String, params: [Pattern], rest: Pattern?, body: [Statement], kind: FunctionKind,
                 isStrict: Bool, location: SourceLocation, isExpressionBody: Bool, sourceText: SourceText,
                 fields: [ClassMember] = []) {
        self.name = name
        self.params = params
        self.rest = rest
        self.body = body
        self.kind = kind
        self.isStrict = isStrict
        self.location = location
        self.isExpressionBody = isExpressionBody
        self.sourceText = sourceText
        self.fields = fields
        var length = 0
        var simple = rest == nil
        for p in params {
            if case .identifier = p {
                length += 1
            } else if case .withDefault = p {
                simple = false
                break
            } else {
                simple = false
                length += 1
            }
        }
        if !simple {
            length = 0
            for p in params {
                if case .withDefault = p { break }
                length += 1
            }
        }
        self.length = length
        self.hasSimpleParams = simple
    }
}

/// One member of a class body.
package struct ClassMember: Sendable {
    package enum Kind: Sendable {
        case method(FunctionNode)
        case getter(FunctionNode)
        case setter(FunctionNode)
        case field(Expression?)
        case staticBlock([Statement])
    }
    package var key: PropertyName
    package var isStatic: Bool
    package var kind: Kind
}

/// A class expression or declaration.
package final class ClassNode: Sendable {
    package let name: String?
    package let superClass: Expression?
    package let constructor: FunctionNode
    package let members: [ClassMember]
    package let location: SourceLocation

    package init(name: String?, superClass: Expression?, constructor: FunctionNode, members: [ClassMember], location: SourceLocation) {
        self.name = name
        self.superClass = superClass
        self.constructor = constructor
        self.members = members
        self.location = location
    }
}

/// An expression.
package indirect enum Expression: Sendable {
    case number(Double)
    case string([UInt16])
    case template(quasis: [[UInt16]], expressions: [Expression])
    case taggedTemplate(tag: Expression, cooked: [[UInt16]?], raw: [[UInt16]], expressions: [Expression], SourceLocation)
    case regex(pattern: [UInt16], flags: String, SourceLocation)
    case boolean(Bool)
    case null
    case this(SourceLocation)
    case identifier(String, SourceLocation)
    case array([ArrayElement])
    case object([ObjectMember])
    case function(FunctionNode)
    case arrow(FunctionNode)
    case classExpression(ClassNode)
    case unary(String, Expression, SourceLocation)
    case update(String, prefix: Bool, Expression, SourceLocation)
    case binary(String, Expression, Expression, SourceLocation)
    case logical(String, Expression, Expression)
    case assign(String, Pattern, Expression, SourceLocation)
    case conditional(Expression, Expression, Expression)
    case call(Expression, [ArrayElement], optional: Bool, SourceLocation)
    case new(Expression, [ArrayElement], SourceLocation)
    case member(Expression, String, optional: Bool, SourceLocation)
    case index(Expression, Expression, optional: Bool, SourceLocation)
    case privateMember(Expression, String, SourceLocation)
    /// The boundary of an optional chain: a short-circuit inside yields undefined here.
    case optionalChain(Expression)
    case sequence([Expression])
    case superMember(PropertyName, SourceLocation)
    case superCall([ArrayElement], SourceLocation)
    case newTarget(SourceLocation)
}

/// `var`, `let` or `const`.
package enum DeclarationKind: String, Sendable {
    case `var`, `let`, `const`
}

/// One `pattern = init` in a declaration.
package struct Declarator: Sendable {
    package var target: Pattern
    package var initializer: Expression?
}

/// The left side of `for…in` / `for…of`.
package enum ForBinding: Sendable {
    case declaration(DeclarationKind, Pattern)
    case pattern(Pattern)
}

/// The initialiser of a C-style `for`.
package enum ForInit: Sendable {
    case declaration(DeclarationKind, [Declarator])
    case expression(Expression)
}

/// One `case`/`default` clause.
package struct SwitchCase: Sendable {
    package var test: Expression?
    package var body: [Statement]
}

/// A statement.
package indirect enum Statement: Sendable {
    case declaration(DeclarationKind, [Declarator], SourceLocation)
    case functionDeclaration(FunctionNode)
    case classDeclaration(ClassNode)
    case expression(Expression, SourceLocation)
    case block([Statement])
    case empty
    case `if`(Expression, Statement, Statement?)
    case `for`(ForInit?, Expression?, Expression?, Statement)
    case forIn(ForBinding, Expression, Statement, SourceLocation)
    case forOf(ForBinding, Expression, Statement, SourceLocation)
    case `while`(Expression, Statement)
    case doWhile(Statement, Expression)
    case `return`(Expression?)
    case `break`(String?)
    case `continue`(String?)
    case `throw`(Expression, SourceLocation)
    case `try`([Statement], catchParameter: Pattern?, catchBody: [Statement]?, finally: [Statement]?)
    case `switch`(Expression, [SwitchCase])
    case labeled(String, Statement)
    case debugger
}
