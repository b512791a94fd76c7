// expect: "quote\" backslash\\ newline\n tab\t ctrl\u0001 unicode é 😀"
console.log(JSON.stringify("quote\" backslash\\ newline\n tab\t ctrl\u0001 unicode é 😀"));
