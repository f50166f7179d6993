// Shared by ajv.mjs and tableschema.mjs: the input folders, median timing, and the same output
// as gcm's SideBySide (one summary line per file and tool, flagged-<tool>.tsv beside the inputs).
import fs from 'node:fs';
import path from 'node:path';

/** Folders written by `SideBySide files OUT ...`: those with a records.txt. */
export function folders(out) {
  return fs.readdirSync(out).sort()
    .map((name) => path.join(out, name))
    .filter((dir) => fs.existsSync(path.join(dir, 'records.txt')));
}

export function records(dir) {
  return Number(fs.readFileSync(path.join(dir, 'records.txt'), 'utf8').trim());
}

/** `/actors/12` of `/actors/12/name/en`: the record a violation is in. */
export function recordOf(pointer) {
  const parts = pointer.split('/');
  return parts.length > 3 ? parts.slice(0, 3).join('/') : pointer;
}

/**
 * Runs `action` (async, returning its problems) `warmUps` times untimed, then `repetitions` times
 * timed; prints the median as records/s and writes the last run's problems as lines (`toLines`).
 */
export async function timed(dir, tool, repetitions, warmUps, action, report = true, toLines = async (x) => x) {
  let lines = [];
  const ms = [];
  for (let i = -warmUps; i < repetitions; i++) {
    const start = process.hrtime.bigint();
    lines = await action();
    const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
    if (i >= 0) ms.push(elapsed);
  }
  if (!report) return;
  lines = await toLines(lines); // untimed: locating problems for the comparison
  ms.sort((a, b) => a - b);
  const n = ms.length;
  const median = n % 2 ? ms[(n - 1) / 2] : (ms[n / 2 - 1] + ms[n / 2]) / 2;
  fs.writeFileSync(path.join(dir, `flagged-${tool}.tsv`),
    lines.map((l) => l.map((c) => String(c).replace(/[\t\n]/g, ' ')).join('\t') + '\n').join(''));
  const flagged = new Set(lines.map((l) => l[0])).size;
  const n0 = records(dir);
  console.log([path.basename(dir), tool, lines.length ? 'invalid' : 'valid', lines.length, flagged,
    median.toFixed(1), (n0 / (median / 1e3)).toFixed(0)].join('\t'));
}

export const HEADER = 'file\ttool\tverdict\terrors\tflagged_records\tmedian_ms\trecords_per_s';
