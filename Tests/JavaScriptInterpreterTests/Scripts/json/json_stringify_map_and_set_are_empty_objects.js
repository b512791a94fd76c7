// expect: {} {} {"m":{}}
console.log(JSON.stringify(new Map([[1, 2]])), JSON.stringify(new Set([1])), JSON.stringify({ m: new Map() }));
