Promise.reject(new TypeError("nobody listens"));
const late = Promise.reject(new Error("handled later"));
late.catch(() => console.log("late handler"));
Promise.reject(42);
// expect: late handler
// expect: Uncaught (in promise) TypeError: nobody listens
// expect: Uncaught (in promise) 42
