// expect: no window
if (typeof window === "undefined") console.log("no window");
