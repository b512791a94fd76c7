// expect: 10
let total = 0; for (let i = 0; i < 5; i++) { const add = () => total += i; add(); } console.log(total);
