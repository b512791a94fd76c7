// expect: STRASSE àéî
console.log("straße".toUpperCase(), "ÀÉÎ".toLowerCase());
