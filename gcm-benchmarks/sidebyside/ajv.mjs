// ajv on gcm's published JSON Schema (2020-12), on each folder's dataset.json.
// Usage: node ajv.mjs OUT SCHEMA [REPETITIONS]
// Timed per run: read the file, JSON.parse, validate (schema compiled once, before timing).
// `ajv` reports every error (allErrors, needed for per-record verdicts); `ajv-first` is ajv's
// default, which stops at the first error (the verdict only).
import fs from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { folders, recordOf, timed, HEADER } from './common.mjs';

const [out, schemaFile, reps = '5'] = process.argv.slice(2);
const schema = JSON.parse(fs.readFileSync(schemaFile, 'utf8'));
const all = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
const first = new Ajv2020({ strict: false }).compile(schema);

function run(validate, file) {
  return async () => {
    const data = JSON.parse(fs.readFileSync(file, 'utf8'));
    if (validate(data)) return [];
    return validate.errors.map((e) => [recordOf(e.instancePath), e.instancePath, e.keyword,
      `${e.message}${e.params ? ' ' + JSON.stringify(e.params) : ''}`, 'error']);
  };
}

// An untimed first pass over every file warms V8 up, as SideBySide does for the JVM.
for (const pass of [false, true]) {
  if (pass) console.log(HEADER);
  for (const dir of folders(out)) {
    const file = path.join(dir, 'dataset.json');
    await timed(dir, 'ajv', pass ? Number(reps) : 1, pass ? 1 : 0, run(all, file), pass);
    await timed(dir, 'ajv-first', pass ? Number(reps) : 1, pass ? 1 : 0, run(first, file), pass);
  }
}
