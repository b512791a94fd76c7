// expect: {
// expect:   firstName: 'Alexander',
// expect:   lastName: 'Hamilton',
// expect:   occupation: 'Treasury Secretary',
// expect:   born: 1755,
// expect:   city: 'New York'
// expect: }
console.log({ firstName: "Alexander", lastName: "Hamilton", occupation: "Treasury Secretary", born: 1755, city: "New York" });
