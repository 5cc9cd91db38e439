// Loaded with `node --import ./bench/report-rss.mjs …` by the benchmark: prints the
// process's peak resident memory (KiB) to stderr as it exits.
process.on('exit', () => process.stderr.write(`\nmaxRSS ${process.resourceUsage().maxRSS}\n`));
