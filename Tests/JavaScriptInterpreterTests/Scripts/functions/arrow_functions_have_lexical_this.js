// expect: 3
function Timer() { this.ticks = 0; [1, 2, 3].forEach(() => this.ticks++); }
console.log(new Timer().ticks);
