// expect: [
// expect:   'alpha', 'beta',    'gamma',
// expect:   'delta', 'epsilon', 'zeta',
// expect:   'eta',   'theta',   'iota',
// expect:   'kappa', 'lambda',  'mu',
// expect:   'nu',    'xi',      'omicron',
// expect:   'pi'
// expect: ]
console.log(["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda", "mu", "nu", "xi", "omicron", "pi"]);
