// Converts the PETRARCH2 CAMEO.2.0 verb dictionary (MIT, Open Event Data Alliance) into Entente's own
// readable tables under data/verbs/:
//   verbs.tsv     block, lemma, forms (space-separated inflections), code
//   patterns.tsv  block, pattern, code, reverse_code, origin   (pattern words after the verb; see README)
//   synonyms.tsv  set, word
// Usage: node tools/verbs/convert-cameo-verbs.mjs ../shared/data/ontology/petrarch2-dictionaries/CAMEO.2.0.txt data/verbs
import fs from 'node:fs';
import path from 'node:path';

const [input, outDir] = process.argv.slice(2);
if (!input || !outDir) {
  console.error('usage: convert-cameo-verbs.mjs CAMEO.2.0.txt OUTDIR');
  process.exit(2);
}

const lines = fs.readFileSync(input, 'utf8').split(/\r?\n/);
const verbs = [];
const patterns = [];
const synonyms = [];
let section = 'header';
let block = null;
let blockCode = null;
let synonymSet = null;

const stripComment = (line) => line.replace(/#.*$/, '').trim();
const norm = (word) => word.toLowerCase().replace(/_/g, ' ').trim();

function regularForms(lemma) {
  // Multi-word verbs inflect their first word: "meet with" -> "meets with".
  const [head, ...rest] = lemma.split(' ');
  const tail = rest.length ? ' ' + rest.join(' ') : '';
  const forms = new Set();
  const vowel = /[aeiou]/;
  if (/(s|x|z|ch|sh)$/.test(head)) forms.add(head + 'es');
  else if (/[^aeiou]y$/.test(head)) forms.add(head.slice(0, -1) + 'ies');
  else forms.add(head + 's');
  if (head.endsWith('e')) { forms.add(head + 'd'); forms.add(head.slice(0, -1) + 'ing'); }
  else if (/[^aeiou]y$/.test(head)) { forms.add(head.slice(0, -1) + 'ied'); forms.add(head + 'ing'); }
  else if (/^[^aeiou]*[aeiou][^aeiouwxy]$/.test(head) && vowel.test(head)) {
    // Short CVC verbs double the final consonant (stop -> stopped).
    forms.add(head + head.at(-1) + 'ed'); forms.add(head + head.at(-1) + 'ing');
  } else { forms.add(head + 'ed'); forms.add(head + 'ing'); }
  return [...forms].map((f) => f + tail);
}

for (const raw of lines) {
  if (raw.startsWith('####### SYNONYM SETS')) { section = 'synonyms'; continue; }
  if (raw.startsWith('####### VERB PATTERNS')) { section = 'verbs'; continue; }
  const line = stripComment(raw);
  if (!line) continue;

  if (section === 'synonyms') {
    if (line.startsWith('&')) { synonymSet = line.replace(/_$/, '').toLowerCase(); continue; }
    if (line.startsWith('+') && synonymSet) synonyms.push([synonymSet, norm(line.slice(1).replace(/_$/, ''))]);
    continue;
  }
  if (section !== 'verbs') continue;

  const header = line.match(/^---\s+(\S+)\s+\[([^\]]*)\]\s+---/);
  if (header) {
    block = header[1];
    blockCode = header[2] === '---' ? null : header[2];
    continue;
  }
  if (!block) continue;

  if (line.startsWith('-')) {
    const m = line.match(/^-\s*(.*?)\s*\[([^\]]*)\]/);
    if (!m) continue;
    const originMatch = raw.match(/#\s*(\S+)/);
    const [code, reverse] = m[2].includes(':') ? m[2].split(':') : [m[2], ''];
    const pattern = m[1].replace(/\s+/g, ' ').trim().toLowerCase();
    patterns.push([block, pattern, code === '---' ? '' : code, reverse ?? '', originMatch ? originMatch[1].toLowerCase() : '']);
    continue;
  }

  // A verb line: WORD or +MULTI_WORD, optional {inflections}, optional [code].
  const m = line.match(/^(\+?)([A-Z][A-Z0-9'_-]*)\s*(\{[^}]*\})?\s*(\[[^\]]*\])?/);
  if (!m) continue;
  const lemma = norm(m[2]);
  const explicit = m[3] ? m[3].slice(1, -1).trim().split(/\s+/).filter(Boolean).map((f) => norm(f.replace(/^\+/, ''))) : [];
  const forms = explicit.length ? explicit : regularForms(lemma);
  const ownCode = m[4] ? m[4].slice(1, -1) : null;
  const code = ownCode && ownCode !== '---' ? ownCode : blockCode;
  verbs.push([block, lemma, forms.join('|'), code ?? '']);
}

fs.mkdirSync(outDir, { recursive: true });
const write = (name, headerRow, rows) =>
  fs.writeFileSync(path.join(outDir, name), [headerRow.join('\t'), ...rows.map((r) => r.join('\t'))].join('\n') + '\n');
write('verbs.tsv', ['block', 'lemma', 'forms', 'code'], verbs);
write('patterns.tsv', ['block', 'pattern', 'code', 'reverse_code', 'origin'], patterns);
write('synonyms.tsv', ['set', 'word'], synonyms);
console.log(`verbs ${verbs.length}, patterns ${patterns.length}, synonyms ${synonyms.length}`);
