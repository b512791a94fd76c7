// expect error: TypeError: Invalid value used as weak map key
new WeakMap().set("str", 1);
