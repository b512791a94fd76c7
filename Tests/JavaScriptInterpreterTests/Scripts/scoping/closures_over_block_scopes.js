// expect: blk
let fns = []; { let captured = "blk"; fns.push(() => captured); } console.log(fns[0]());
