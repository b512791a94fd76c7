// expect: 5 (3, 4) Point { x: 3, y: 4 } function [ 'x', 'y' ]
class Point { constructor(x, y) { this.x = x; this.y = y; } norm() { return Math.hypot(this.x, this.y); } toString() { return `(${this.x}, ${this.y})`; } }
const p = new Point(3, 4); console.log(p.norm(), `${p}`, p, typeof Point, Object.keys(p));
