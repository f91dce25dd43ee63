// Writes data/cameo/event-codes.tsv, plover-types.tsv and actor-types.tsv from the ontology sources
// (CAMEO code list, GDELT Goldstein lookup, CAMEO2PLOVER-2021, NGEC PLOVER codebook, CAMEO country names).
// Run: node tools/ontology/convert.js <ontology-source-dir>   (the folder holding cameo-codebook/, cameo2plover/, plover-ngec/)
// No npm dependencies.
'use strict';

const fs = require('fs');
const path = require('path');

const sourceDir = process.argv[2];
if (!sourceDir) {
  console.error('usage: node convert.js <ontology-source-dir>');
  process.exit(2);
}
const outDir = path.resolve(__dirname, '..', '..', 'data', 'cameo');

function readLines(relative) {
  const file = path.join(sourceDir, relative);
  return fs.readFileSync(file, 'utf8').split(/\r?\n/).map((text, i) => ({ text, where: `${relative}:${i + 1}` }));
}

function fail(where, message) {
  throw new Error(`${where}: ${message}`);
}

function sentenceCase(text) {
  const lower = text.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

// PLOVER drafts before 2021 called REQUEST "DEMAND"; the project uses the current name.
function ploverType(raw) {
  const type = raw.trim().toUpperCase();
  return type === 'DEMAND' ? 'REQUEST' : type;
}

// --- GDELT lookups: the code list and Goldstein weights ------------------------------------------
const gdeltNames = new Map();
for (const { text, where } of readLines('cameo-codebook/gdelt_lookups/CAMEO.eventcodes.txt').slice(1)) {
  if (!text.trim()) continue;
  const [code, name] = text.split('\t');
  if (!/^\d{2,4}$/.test(code) || !name) fail(where, `expected CODE<TAB>DESCRIPTION, got "${text}"`);
  gdeltNames.set(code, name.trim());
}
const goldstein = new Map();
for (const { text, where } of readLines('cameo-codebook/gdelt_lookups/CAMEO.goldsteinscale.txt').slice(1)) {
  if (!text.trim()) continue;
  const [code, weight] = text.split('\t');
  const value = Number(weight);
  if (!/^\d{2,4}$/.test(code) || Number.isNaN(value)) fail(where, `expected CODE<TAB>WEIGHT, got "${text}"`);
  goldstein.set(code, value);
}

// --- CAMEO code list: names ("LABEL") and ICEWS variants ("LABELi") -------------------------------
// The last LABEL line of a code wins: the file repeats a few codes to fix typos ("commment").
const labels = new Map();
const icewsLabels = new Map();
for (const { text } of readLines('cameo-codebook/text_to_CAMEO/CAMEO_codefile.txt')) {
  const match = /^LABEL(i|I)?:\s*(\d{2,4})=\s*(.+?)\s*$/.exec(text);
  if (!match) continue;
  const [, variant, code, name] = match;
  (variant ? icewsLabels : labels).set(code, name);
}

// --- Code set: every GDELT code plus the few the code list adds (1213, 1214, 1951, 1952) ----------
const codes = new Set([...gdeltNames.keys(), ...labels.keys()]);
const roots = [...codes].filter(c => c.length === 2).sort();
if (roots.length !== 20) throw new Error(`expected 20 CAMEO roots, found ${roots.length}`);

function parentOf(code) {
  return code.length === 4 ? code.slice(0, 3) : code.length === 3 ? code.slice(0, 2) : null;
}

function quadClass(root) {
  const n = Number(root);
  return n <= 5 ? 1 : n <= 8 ? 2 : n <= 13 ? 3 : 4;
}

// --- CAMEO -> PLOVER 2021 ---------------------------------------------------------------------
// Lines "0311: AGREE,  ,   economic # comment". The first line of a code wins (08 is listed under
// CONCEDE and again under RETREAT; 175 twice).
const ploverByCode = new Map();
for (const { text, where } of readLines('cameo2plover/CAMEO2PLOVER-2021.txt')) {
  const body = text.split('#')[0];
  const match = /^(\d{2,4}):\s*(.*)$/.exec(body.trim());
  if (!match) continue;
  const [, code, rest] = match;
  const [type, mode] = rest.split(',');
  if (!type || !/^[A-Za-z]+$/.test(type.trim())) fail(where, `no PLOVER type in "${text}"`);
  if (!ploverByCode.has(code)) {
    ploverByCode.set(code, { type: ploverType(type), mode: (mode || '').trim() });
  }
}

// --- NGEC structured PLOVER codebook: definitions and the current modes of each type -------------
function parseCsv(content) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < content.length; i++) {
    const ch = content[i];
    if (quoted) {
      if (ch === '"' && content[i + 1] === '"') { field += '"'; i++; }
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(field); field = ''; }
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && content[i + 1] === '\n') i++;
      row.push(field); field = '';
      if (row.some(f => f.length > 0)) rows.push(row);
      row = [];
    } else field += ch;
  }
  if (field.length > 0 || row.length > 0) { row.push(field); rows.push(row); }
  return rows;
}

const codebookFile = 'plover-ngec/PLOVER_structured_codebook_updated.csv';
const codebookRows = parseCsv(fs.readFileSync(path.join(sourceDir, codebookFile), 'utf8'));
const header = codebookRows[0];
const col = name => {
  const index = header.indexOf(name);
  if (index < 0) fail(codebookFile, `no column "${name}"`);
  return index;
};
const ploverTypes = new Map();
for (const row of codebookRows.slice(1)) {
  const type = ploverType(row[col('event')]);
  const entry = ploverTypes.get(type) || { modes: new Set(), description: row[col('event_def')].trim() };
  const mode = row[col('mode')].trim();
  if (mode) entry.modes.add(mode);
  ploverTypes.set(type, entry);
}

// CAMEO 02 (Appeal) has no line in CAMEO2PLOVER; PLOVER's REQUEST covers "all requests, demands and
// orders", so an appeal maps like the demand with the same digits after the root (0231 like 1031).
// Air strikes: CAMEO2PLOVER (2021) predates the codebook's "aerial" and "drone" modes.
const ploverOverrides = new Map([
  ['195', { type: 'ASSAULT', mode: 'aerial' }],
  ['1951', { type: 'ASSAULT', mode: 'aerial' }],
  ['1952', { type: 'ASSAULT', mode: 'drone' }],
]);

function ploverOf(code) {
  if (code.startsWith('01')) return null; // Public statements are not PLOVER events.
  if (ploverOverrides.has(code)) return ploverOverrides.get(code);
  const lookup = code.startsWith('02') ? '10' + code.slice(2) : code;
  for (let c = lookup; c; c = parentOf(c)) {
    const found = ploverByCode.get(c);
    if (found) {
      // Keep a mode only where the current codebook still lists it for that type ("ease" was dropped in 2021).
      const known = ploverTypes.get(found.type);
      if (!known) throw new Error(`CAMEO2PLOVER maps ${c} to unknown PLOVER type ${found.type}`);
      const mode = c === lookup && known.modes.has(found.mode) ? found.mode : '';
      return { type: found.type, mode };
    }
  }
  throw new Error(`no PLOVER mapping for CAMEO ${code} or its parents`);
}

function cell(text) {
  return String(text ?? '').replace(/[\t\r\n]+/g, ' ').trim();
}

const eventRows = [];
for (const code of [...codes].sort()) {
  const root = code.slice(0, 2);
  const name = code.length === 2 ? sentenceCase(gdeltNames.get(code)) : labels.get(code) || icewsLabels.get(code);
  if (!name) throw new Error(`CAMEO ${code} has no name`);
  let weight = goldstein.get(code);
  let note = '';
  for (let c = parentOf(code); weight === undefined && c; c = parentOf(c)) {
    weight = goldstein.get(c);
    note = `Goldstein weight of ${c} (not in the GDELT lookup)`;
  }
  if (weight === undefined) throw new Error(`CAMEO ${code} has no Goldstein weight`);
  const variant = icewsLabels.get(code);
  const description = [variant && variant.toLowerCase() !== name.toLowerCase() ? `ICEWS: ${variant}` : '', note]
    .filter(Boolean).join('; ');
  const plover = ploverOf(code);
  eventRows.push([code, name, description, weight.toFixed(1), quadClass(root), plover ? plover.type : '', plover ? plover.mode : ''].map(cell));
}

const ploverRows = [...ploverTypes.entries()]
  .sort((a, b) => a[0].localeCompare(b[0]))
  .map(([type, entry]) => [type, [...entry.modes].sort().join('|'), entry.description].map(cell));
for (const [type] of ploverTypes) {
  if (!eventRows.some(r => r[5] === type)) throw new Error(`PLOVER type ${type} has no CAMEO code`);
}

// --- Actor types: CAMEO role/sector codes and regions (CAMEO manual 1.1b3, ch. 3), and country codes -
const roles = [
  ['GOV', 'Government'], ['MIL', 'Military'], ['REB', 'Rebels'], ['OPP', 'Political opposition'],
  ['PTY', 'Political party'], ['COP', 'Police'], ['JUD', 'Judiciary'], ['SPY', 'State intelligence'],
  ['LEG', 'Legislature'], ['INS', 'Insurgents'], ['SEP', 'Separatists'], ['UAF', 'Unaligned armed forces'],
  ['BUS', 'Business'], ['MED', 'Media'], ['CVL', 'Civilians'], ['EDU', 'Education'], ['HLH', 'Health'],
  ['AGR', 'Agriculture'], ['CRM', 'Criminals'], ['DEV', 'Development'], ['ELI', 'Elites'],
  ['ENV', 'Environment'], ['HRI', 'Human rights'], ['LAB', 'Labor'], ['REF', 'Refugees'],
  ['MOD', 'Moderate'], ['RAD', 'Radical'], ['REL', 'Religious'], ['ETH', 'Ethnic group'],
  ['IGO', 'Intergovernmental organization'], ['NGO', 'Non-governmental organization'],
  ['NGM', 'Non-governmental movement'], ['MNC', 'Multinational corporation'], ['IMG', 'International militarized group'],
  ['UIS', 'Unidentified state actor'], ['SET', 'Settlers'], ['PKO', 'Peacekeepers'],
];
const regions = [
  ['AFR', 'Africa'], ['ASA', 'Asia'], ['BLK', 'Balkans'], ['CRB', 'Caribbean'], ['CAU', 'Caucasus'],
  ['CFR', 'Central Africa'], ['CAS', 'Central Asia'], ['CEU', 'Central Europe'], ['EIN', 'East Indies'],
  ['EAF', 'Eastern Africa'], ['EEU', 'Eastern Europe'], ['EUR', 'Europe'], ['LAM', 'Latin America'],
  ['MEA', 'Middle East'], ['MDT', 'Mediterranean'], ['NAF', 'North Africa'], ['NMR', 'North America'],
  ['PGS', 'Persian Gulf'], ['SCN', 'Scandinavia'], ['SAM', 'South America'], ['SAS', 'South Asia'],
  ['SEA', 'Southeast Asia'], ['SAF', 'Southern Africa'], ['WAF', 'West Africa'], ['WST', 'The West'],
];
const actorRows = [
  ...roles.map(([code, name]) => [code, name, 'sector']),
  ...regions.map(([code, name]) => [code, name, 'region']),
];
const seen = new Set(actorRows.map(r => r[0]));
for (const { text, where } of readLines('cameo-codebook/text_to_CAMEO/countrynames.txt')) {
  if (!text.trim()) continue;
  const [name, code] = text.split('\t');
  if (!name || !code) fail(where, `expected NAME<TAB>CODE<TAB>COW, got "${text}"`);
  if (!/^[A-Z]{3}([A-Z]{3})?$/.test(code) || seen.has(code)) continue;
  seen.add(code);
  actorRows.push([code, name.trim(), code.length === 3 ? 'country' : 'territory']);
}

function write(file, columns, rows) {
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, file), [columns, ...rows].map(r => r.join('\t')).join('\n') + '\n');
  console.log(`${file}: ${rows.length} rows`);
}

write('event-codes.tsv', ['code', 'name', 'description', 'goldstein', 'quad_class', 'plover_type', 'plover_mode'], eventRows);
write('plover-types.tsv', ['type', 'modes', 'description'], ploverRows);
write('actor-types.tsv', ['code', 'name', 'kind'], actorRows.map(r => r.map(cell)));
