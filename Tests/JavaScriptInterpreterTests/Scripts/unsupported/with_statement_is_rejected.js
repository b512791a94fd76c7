// expect syntax error: 'with' is not supported in the sandbox
with (Math) { max(1, 2); }
