// expect: ib
{ function inBlock() { return "ib"; } } console.log(inBlock());
