// expect: true true HTTP 404 404 HttpError: HTTP 404
class HttpError extends Error { constructor(status) { super("HTTP " + status); this.name = "HttpError"; this.status = status; } }
try { throw new HttpError(404); } catch (e) { console.log(e instanceof HttpError, e instanceof Error, e.message, e.status, String(e)); }
