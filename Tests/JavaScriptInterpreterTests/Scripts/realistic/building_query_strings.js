// expect: q=hello%20world&page=2&tags=a%26b%2Cc
const params = { q: "hello world", page: 2, tags: ["a&b", "c"] };
const qs = Object.entries(params).map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(Array.isArray(v) ? v.join(",") : v)}`).join("&");
console.log(qs);
