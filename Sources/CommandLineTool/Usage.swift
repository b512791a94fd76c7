import Runner

/// The `--help` texts.
enum Usage {
    static let main = """
        postie \(PostieVersion.current): run exported Postman collections from the command line

        Usage:
          postie run <collection> [options]     run a collection (file, URL, Postman UID or - for stdin)
          postie mock <collection> [options]    serve a collection's saved examples over HTTP
          postie js [--strict] FILE…            run JavaScript files in Postie's interpreter
          postie --version                      print the version
          postie help [run | mock | js]         show help

        Exit codes: 0 all passed, 1 a check failed or a step errored, 2 usage error, 3 input could not be loaded.
        """

    static let run = """
        Usage: postie run <collection> [options]

        Inputs:
          -e, --environment <file|URL>      environment file
          -g, --globals <file|URL>          globals file
          -d, --iteration-data <file>       CSV or JSON data file: one iteration per row
          -n, --iteration-count <n>         number of iterations (default: rows in the data file, or 1)
          --folder <name|id>                run only this folder or request (repeatable; collection order)
          --env-var <key=value>             set an environment variable (repeatable)
          --global-var <key=value>          set a global variable (repeatable)
          --postman-api-key <key>           fetch a collection or environment given as a Postman UID
          --working-dir <dir>               base for file paths in form-data and file bodies (default: .)
          --cookie-jar <file>               start with the cookies in this JSON file
          --seed <n>                        make {{$random…}} values and generated ids reproducible

        Secrets: every process environment variable POSTIE_ENV_<name> sets environment variable <name>, and
        POSTIE_GLOBAL_<name> sets global <name>; their values are masked as *** in all output.

        Running:
          --bail [failure|folder]           stop at the first failure or error (folder: at the first error)
          --delay-request <ms>              wait before every request
          --timeout <ms>                    limit for the whole run (reports are still written)
          --timeout-request <ms>            limit for each request
          --timeout-script <ms>             limit for each script (default: 60000)
          --ignore-redirects                don't follow 3xx responses
          --max-requests <n>                stop an iteration that runs more than n requests, which only a
                                            setNextRequest loop does (default: 10000)
          --mock                            serve the collection's examples on a loopback port and point
                                            {{baseUrl}} at it
          --mock-variable <name>            the variable --mock sets (default: baseUrl)
          -k, --insecure                    (not available: see the README)
          --ssl-client-cert, --ssl-client-key, --ssl-client-passphrase, --ssl-client-cert-list,
          --ssl-extra-ca-certs              (not available: see the README)

        Checks:
          --assert '<line>'                 a declarative check for every request, e.g. 'status < 400' (repeatable)
          --assertions <file>               an assertions file (default: <name>.assertions.json beside the
                                            collection, when there is one)
          --contract examples               check responses against the requests' saved examples
          --contract-nulls <lenient|strict> whether null and a value may stand for each other (default: lenient)
          --contract-extra-keys <fail|warn|ignore>
                                            keys the example lacks (default: ignore)

        Output:
          -r, --reporters <list>            comma-separated: cli, json, junit (default: cli)
          --reporter-json-export <file>     where the json report goes
          --reporter-junit-export <file>    where the junit report goes
                                            (default: postie-reports/postie-run-report-<time>.json|xml)
          --export-environment <file>       write the final environment
          --export-globals <file>           write the final globals
          --export-collection <file>        write the collection
          --export-cookie-jar <file>        write the final cookies
          --verbose                         show request and response headers and bodies
          --silent                          no cli output
          --color <auto|on|off>             colour (default: auto, i.e. on a terminal; NO_COLOR turns it off)
          --no-color                        same as --color off
          -x, --suppress-exit-code          exit 0 even when checks fail
        """

    static let javaScript = """
        Usage: postie js [--strict] [limits] FILE…

        Runs the files in order in one JavaScript realm, as Postie runs collection scripts. console.log goes to
        standard output; an uncaught exception prints `Uncaught <Name>: <message>` and its stack on standard error.

          --strict                          run the files as strict-mode code
          --max-steps <n>                   stop after n evaluation steps
          --timeout-ms <n>                  stop after n milliseconds
          --max-memory-mb <n>               stop when the scripts' objects take more than n MB

        Exit codes: 0 success, 1 uncaught exception, 3 syntax error or unreadable file, 4 a limit was hit.
        """

    static let mock = """
        Usage: postie mock <collection> [options]

        Serves the collection's saved example responses, matching method and path (with :path and {{var}}
        segments as wildcards), preferring examples whose query and headers match. The headers
        x-mock-response-code and x-mock-response-name pick a specific example.

          --host <address>                  address to bind (default: 127.0.0.1)
          -p, --port <n>                    port (default: 0, any free port; the URL is printed)
          --verbose                         log every request
        """
}
