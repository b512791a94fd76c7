// expect: a%20b%26c%3Dd%2F%C3%A9%3F%F0%9F%98%80 http://x.com/a%20b?q=1&r=%C3%A9#h € x %3Fa b
console.log(encodeURIComponent("a b&c=d/é?😀"), encodeURI("http://x.com/a b?q=1&r=é#h"), decodeURIComponent("%E2%82%AC%20x"), decodeURI("%3Fa%20b"));
