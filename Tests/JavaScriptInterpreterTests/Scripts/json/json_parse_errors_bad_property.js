// expect error: SyntaxError: Expected property name or '}' in JSON at position 1
JSON.parse("{a:1}");
