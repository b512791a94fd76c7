// expect error: TypeError: arrow is not a constructor
const arrow = () => {}; new arrow();
