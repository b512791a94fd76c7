// expect error: URIError: URI malformed
decodeURIComponent("%E2%82");
