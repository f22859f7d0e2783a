// Brotli (quality 11) for bouw/komprimeer.py, with Node's built-in zlib: no extra dependency.
// Reads [[source, target], ...] as JSON on stdin and writes each target; runs them on libuv's
// thread pool, so the large files compress side by side.
import { readFile, writeFile } from "node:fs/promises";
import { promisify } from "node:util";
import zlib from "node:zlib";

const brotli = promisify(zlib.brotliCompress);
let invoer = "";
for await (const stuk of process.stdin) invoer += stuk;
await Promise.all(
  JSON.parse(invoer).map(async ([bron, doel]) => {
    const inhoud = await readFile(bron);
    const params = {
      [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: inhoud.length,
    };
    await writeFile(doel, await brotli(inhoud, { params }));
  }),
);
