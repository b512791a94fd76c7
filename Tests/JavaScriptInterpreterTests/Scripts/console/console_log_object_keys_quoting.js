// expect: { '7': 6, 'a-b': 1, valid_id: 2, '$d': 3, '1x': 4, '': 5 }
console.log({ "a-b": 1, valid_id: 2, $d: 3, "1x": 4, "": 5, 7: 6 });
