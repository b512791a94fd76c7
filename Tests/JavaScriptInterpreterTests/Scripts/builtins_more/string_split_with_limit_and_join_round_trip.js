// expect: [] [ 'a', 'b' ] a,b,c,d [ 'a', '', 'b' ]
const s = "a,b,c,d"; console.log(s.split(",", 0), s.split(",", 2), s.split(",").join(","), "a,,b".split(","));
