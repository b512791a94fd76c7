// expect syntax error: async functions are not supported
async function load() { await 1; }
