// Frictionless tableschema (frictionless-js) on each folder's CSV package, with the table schemas
// of gcm's datapackage.json. Usage: node tableschema.mjs OUT [REPETITIONS] [--rows-only]
//
// Per run, for every resource: Table.load (schemas are compiled once, before timing) and
// table.read({forceCast: true}) so that every bad row is reported, not only the first. That checks
// types, required cells, enum codes and the primary key's uniqueness (`tableschema-rows`).
// Without --rows-only, foreign keys are checked too (`tableschema`): tableschema only checks the
// references it is handed, as `relations` ({resource: [keyed rows]}), so each run first reads the
// referenced tables keyed, as frictionless-js' datapackage library does; resource "" is the table
// itself.
//
import fs from 'node:fs';
import path from 'node:path';
import tableschema from 'tableschema';
import { folders, timed, HEADER } from './common.mjs';

const { Table, Schema } = tableschema;
const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const rowsOnly = process.argv.includes('--rows-only');
const [out, reps = '3'] = args;
const tool = rowsOnly ? 'tableschema-rows' : 'tableschema';

async function readKeyed(file, schema) {
  const table = await Table.load(file, { schema });
  return table.read({ keyed: true, forceCast: true });
}

/** One timed run: every table of the package; returns [resource, rowNumber, column, message]. */
async function validatePackage(pkgDir, descriptor, schemas) {
  const problems = [];
  for (const r of descriptor.resources) {
    let relations = false;
    if (!rowsOnly && r.schema.foreignKeys) {
      relations = {};
      for (const fk of r.schema.foreignKeys) {
        const target = fk.reference.resource;
        if (target in relations) continue;
        const t = descriptor.resources.find((x) => x.name === (target === '' ? r.name : target));
        relations[target] = (await readKeyed(path.join(pkgDir, t.path), schemas[t.name]))
          .filter((row) => !(row instanceof Error));
      }
    }
    const table = await Table.load(path.join(pkgDir, r.path), { schema: schemas[r.name] });
    for (const row of await table.read({ forceCast: true, relations })) {
      if (!(row instanceof Error)) continue;
      const sub = row.errors && row.errors.length ? row.errors : [row];
      for (const e of sub) {
        problems.push([r, row.rowNumber, e.columnNumber ? `column ${e.columnNumber}` : 'row', e.message]);
      }
    }
  }
  return problems;
}

/**
 * After timing: the record each problem is in. Row n of a record table is /<table>/<n>; a row of a
 * child table belongs to the record its first column (personId) names, the first with that id.
 */
async function located(pkgDir, descriptor, problems) {
  const raw = {};
  const rawRows = async (r) => {
    if (!raw[r.name]) raw[r.name] = await (await Table.load(path.join(pkgDir, r.path))).read({ cast: false });
    return raw[r.name];
  };
  const pointerById = {};
  const lines = [];
  for (const [r, rowNumber, column, message] of problems) {
    const n = rowNumber - 2; // the header is row 1
    let record = `/${r.name}/${n}`;
    if (!r.schema.primaryKey) {
      const parent = descriptor.resources.find((x) => x.name === r.name.split('-')[0]);
      if (!pointerById[parent.name]) {
        pointerById[parent.name] = new Map();
        (await rawRows(parent)).forEach((cells, i) => {
          if (!pointerById[parent.name].has(cells[0])) pointerById[parent.name].set(cells[0], `/${parent.name}/${i}`);
        });
      }
      const cells = (await rawRows(r))[n];
      record = (cells && pointerById[parent.name].get(cells[0])) || `/${r.name}/row ${n}`;
    }
    lines.push([record, `${r.path}:${rowNumber}`, column, message, 'error']);
  }
  return lines;
}

const prepared = [];
for (const dir of folders(out)) {
  const pkgDir = path.join(dir, 'package');
  if (!fs.existsSync(pkgDir)) continue;
  const descriptor = JSON.parse(fs.readFileSync(path.join(pkgDir, 'datapackage.json'), 'utf8'));
  const schemas = {};
  for (const r of descriptor.resources) schemas[r.name] = await Schema.load(r.schema);
  prepared.push({ dir, pkgDir, descriptor, schemas });
}
for (const pass of [false, true]) {
  if (pass) console.log(HEADER);
  for (const p of prepared) {
    await timed(p.dir, tool, pass ? Number(reps) : 1, pass ? 1 : 0,
      () => validatePackage(p.pkgDir, p.descriptor, p.schemas), pass,
      (problems) => located(p.pkgDir, p.descriptor, problems));
  }
}
