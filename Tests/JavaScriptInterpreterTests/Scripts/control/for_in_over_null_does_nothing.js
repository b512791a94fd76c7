// expect: done
for (const k in null) console.log("never"); for (const k in undefined) console.log("never"); console.log("done");
