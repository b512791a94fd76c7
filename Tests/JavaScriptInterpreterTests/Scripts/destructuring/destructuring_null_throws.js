// expect error: TypeError: Cannot destructure property 'a' of 'null' as it is null.
const { a } = null;
