// expect: [ 1, 2, 3 ] 3
let page = 1, collected = []; const pages = { 1: [1, 2], 2: [3], 3: [] };
while (true) { const batch = pages[page]; if (!batch || batch.length === 0) break; collected.push(...batch); page++; } console.log(collected, page);
