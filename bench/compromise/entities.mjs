// The npm package compromise doing only its entity pass (people, places, organizations), for comparison with
// Entente's language core (docs/benchmarks.md).
//
//   node entities.mjs time FILE.jsonl [--repeat N]   time the pass over the texts of FILE ({"text": ...} per line)
//   node entities.mjs score FILE [--json]            span-exact P/R/F1 against a token-per-line NER gold file
//
// `time` prints one JSON object (wall and CPU milliseconds per pass). `score` reads either the Universal NER
// layout (tab-separated: index, token, tag; "# text = …" lines give the sentence text) or two-column CoNLL
// (token, tag; CrossNER), maps the gold types to PER/ORG/LOC as Entente's `eval ner` does, and compares spans
// by their first and last token.
import { readFileSync } from 'node:fs';
import nlp from 'compromise';

const [mode, file, ...rest] = process.argv.slice(2);
if (!['time', 'score'].includes(mode) || !file) {
  console.error('usage: node entities.mjs time FILE.jsonl [--repeat N] | score FILE [--json]');
  process.exit(2);
}

// One entity pass over a text: compromise tags the text, then each of its three entity views is read with
// character offsets (what Entente's NER stage produces too).
function entities(text) {
  const doc = nlp(text);
  const found = [];
  for (const [type, view] of [['PER', doc.people()], ['LOC', doc.places()], ['ORG', doc.organizations()]]) {
    for (const match of view.json({ offset: true })) {
      found.push({ type, start: match.offset.start, end: match.offset.start + match.offset.length });
    }
  }
  return found;
}

if (mode === 'time') {
  const repeatAt = rest.indexOf('--repeat');
  const repeat = repeatAt >= 0 ? Number(rest[repeatAt + 1]) : 3;
  const texts = readFileSync(file, 'utf8').split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line).text);
  const pass = () => texts.reduce((count, text) => count + entities(text).length, 0);
  pass(); // warm-up: JIT and compromise's lazily built lexicon
  const wall = [];
  const cpu = [];
  let found = 0;
  for (let run = 0; run < repeat; run++) {
    const cpuBefore = process.cpuUsage();
    const before = process.hrtime.bigint();
    found = pass();
    wall.push(Number(process.hrtime.bigint() - before) / 1e6);
    const used = process.cpuUsage(cpuBefore);
    cpu.push((used.user + used.system) / 1000);
  }
  const mean = (values) => values.reduce((a, b) => a + b, 0) / values.length;
  console.log(JSON.stringify({
    compromise: JSON.parse(readFileSync(new URL('./node_modules/compromise/package.json', import.meta.url), 'utf8')).version,
    node: process.version,
    texts: texts.length,
    characters: texts.reduce((sum, text) => sum + text.length, 0),
    entities: found,
    passes: repeat,
    wallMsMean: mean(wall),
    wallMsBest: Math.min(...wall),
    cpuMsMean: mean(cpu),
  }));
} else {
  const report = score(readSentences(file));
  if (rest.includes('--json')) {
    console.log(JSON.stringify(report));
  } else {
    console.log(`${file}: ${report.sentences} sentences (compromise ${report.compromise})`);
    console.log('label    gold   pred  correct        P        R       F1');
    for (const [label, s] of Object.entries(report.labels)) {
      console.log(`${label.padEnd(5)} ${String(s.gold).padStart(7)} ${String(s.predicted).padStart(6)} ${String(s.correct).padStart(8)} ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}`);
    }
  }
}

function pct(value) {
  return `${(100 * value).toFixed(1).padStart(6)} %`;
}

// Gold types to PER/ORG/LOC (null = not scored), as NerCorpus does for Universal NER and CrossNER politics.
function mapType(type) {
  switch (type) {
    case 'PER': case 'person': case 'politician': return 'PER';
    case 'ORG': case 'organisation': case 'politicalparty': return 'ORG';
    case 'LOC': case 'GPE': case 'country': case 'location': return 'LOC';
    default: return null;
  }
}

function readSentences(path) {
  const sentences = [];
  let current = { text: null, tokens: [], tags: [] };
  const flush = () => {
    if (current.tokens.length > 0) {
      sentences.push(current);
    }
    current = { text: null, tokens: [], tags: [] };
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('# text = ')) {
      current.text = line.slice('# text = '.length);
      continue;
    }
    if (line.startsWith('#') || line.startsWith('-DOCSTART-')) {
      continue;
    }
    if (!line.trim()) {
      flush();
      continue;
    }
    const columns = line.includes('\t') ? line.split('\t') : line.trim().split(/\s+/);
    const universal = columns.length >= 3 && /^\d+$/.test(columns[0]);
    current.tokens.push(universal ? columns[1] : columns[0]);
    current.tags.push(universal ? columns[2] : columns[columns.length - 1]);
  }
  flush();
  return sentences;
}

function goldSpans(tags) {
  const spans = [];
  let open = null;
  tags.forEach((tag, i) => {
    const [prefix, raw] = tag === 'O' ? ['O', null] : [tag[0], tag.slice(2)];
    const type = raw === null ? null : mapType(raw);
    if (open && (prefix !== 'I' || type !== open.type)) {
      spans.push(open);
      open = null;
    }
    if (type && (prefix === 'B' || (prefix === 'I' && !open))) {
      open = { type, first: i, last: i };
    } else if (open) {
      open.last = i;
    }
  });
  if (open) {
    spans.push(open);
  }
  return spans;
}

function score(sentences) {
  const labels = {};
  const count = (label, field) => {
    labels[label] ??= { gold: 0, predicted: 0, correct: 0 };
    labels[label][field]++;
  };
  for (const sentence of sentences) {
    const text = sentence.text ?? sentence.tokens.join(' ');
    // Character offsets of the gold tokens in the sentence text.
    const offsets = [];
    let cursor = 0;
    for (const token of sentence.tokens) {
      const at = text.indexOf(token, cursor);
      const start = at >= 0 ? at : cursor;
      offsets.push([start, start + token.length]);
      cursor = start + token.length;
    }
    const gold = new Set(goldSpans(sentence.tags).map((s) => `${s.type} ${s.first} ${s.last}`));
    const predicted = new Set();
    for (const entity of entities(text)) {
      // compromise's matches carry trailing commas and quotes ("Ashgabat, Turkmenistan,"): trim them first.
      let { start, end } = entity;
      while (start < end && !/[\p{L}\p{N}]/u.test(text[start])) start++;
      while (end > start && !/[\p{L}\p{N}]/u.test(text[end - 1])) end--;
      const first = offsets.findIndex(([, tokenEnd]) => tokenEnd > start);
      let last = -1;
      offsets.forEach(([tokenStart], i) => { if (tokenStart < end) last = i; });
      if (first >= 0 && last >= first) {
        predicted.add(`${entity.type} ${first} ${last}`);
      }
    }
    for (const span of gold) {
      count(span.split(' ')[0], 'gold');
      count('ALL', 'gold');
    }
    for (const span of predicted) {
      count(span.split(' ')[0], 'predicted');
      count('ALL', 'predicted');
      if (gold.has(span)) {
        count(span.split(' ')[0], 'correct');
        count('ALL', 'correct');
      }
    }
  }
  const ordered = {};
  for (const label of ['LOC', 'ORG', 'PER', 'ALL']) {
    const s = labels[label] ?? { gold: 0, predicted: 0, correct: 0 };
    const precision = s.predicted ? s.correct / s.predicted : 0;
    const recall = s.gold ? s.correct / s.gold : 0;
    ordered[label] = { ...s, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
  }
  return {
    compromise: JSON.parse(readFileSync(new URL('./node_modules/compromise/package.json', import.meta.url), 'utf8')).version,
    sentences: sentences.length,
    labels: ordered,
  };
}
