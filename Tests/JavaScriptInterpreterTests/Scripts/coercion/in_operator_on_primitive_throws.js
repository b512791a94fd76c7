// expect error: TypeError: Cannot use 'in' operator to search for 'a' in abc
"a" in "abc";
