// A trial, not part of the timing: three cross-field rules that gcm's docs say the schema cannot
// state, added to the published schema in 2020-12's own terms (if/then, anyOf), then ajv on the
// given dataset documents. Prints, per keyword, how many records it flags.
// Usage: node ifthen-trial.mjs SCHEMA FILE...
import fs from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';

const [schemaFile, ...files] = process.argv.slice(2);
const s = JSON.parse(fs.readFileSync(schemaFile, 'utf8'));
const defs = s.$defs;
// A held meeting has a date (gcm: meeting.held-without-date, a warning).
defs.Meeting.allOf = [{ if: { properties: { status: { const: 'held' } }, required: ['status'] },
  then: { required: ['dates'], properties: { dates: { minItems: 1 } } } }];
// A State has a country (gcm: actor.state-without-country).
defs.Actor.allOf = [{ if: { properties: { kind: { const: 'state' } }, required: ['kind'] },
  then: { required: ['country'] } }];
// A participation names an actor, a person or a group (gcm: one-of.missing).
defs.Participation.anyOf = [{ required: ['actor'] }, { required: ['person'] }, { required: ['group'] }];
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(s);
for (const f of files) {
  validate(JSON.parse(fs.readFileSync(f, 'utf8')));
  const records = {};
  for (const e of validate.errors || []) {
    (records[e.keyword] ??= new Set()).add(e.instancePath.split('/').slice(0, 3).join('/'));
  }
  console.log(f, Object.fromEntries(Object.entries(records).map(([k, r]) => [k, r.size])));
}
