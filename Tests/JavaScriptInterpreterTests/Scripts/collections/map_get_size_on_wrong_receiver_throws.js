// expect error: TypeError: Method Map.prototype.get called on incompatible receiver #<Object>
Map.prototype.get.call({}, 1);
