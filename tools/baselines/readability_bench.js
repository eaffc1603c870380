// Mozilla Readability (with jsdom) on the bench's pages: `node readability_bench.js LIST`
// prints "MB/s median-ms".
const fs = require('fs');
const path = require('path');
const here = __dirname;
const { Readability } = require(path.join(here, 'node_modules/@mozilla/readability'));
const { JSDOM } = require(path.join(here, 'node_modules/jsdom'));

const paths = fs.readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean);
const bodies = paths.map((p) => fs.readFileSync(p));
const total = bodies.reduce((n, b) => n + b.length, 0);
const best = bodies.map(() => Infinity);
const rounds = 2;
const start = process.hrtime.bigint();
for (let r = 0; r < rounds; r++) {
  bodies.forEach((b, i) => {
    const t = process.hrtime.bigint();
    const dom = new JSDOM(b);
    new Readability(dom.window.document).parse();
    dom.window.close();
    best[i] = Math.min(best[i], Number(process.hrtime.bigint() - t) / 1e6);
  });
}
const secs = Number(process.hrtime.bigint() - start) / 1e9 / rounds;
best.sort((a, b) => a - b);
console.log(`${(total / 1e6 / secs).toFixed(2)} ${best[Math.floor(best.length / 2)].toFixed(2)}`);
