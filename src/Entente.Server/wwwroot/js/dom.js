// DOM helpers. Every text from the store goes in as a text node: nothing here parses HTML.

/** Creates an element; attrs set properties/attributes (on* handlers as listeners); children are nodes or text. */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') node.addEventListener(key.slice(2), value);
    else if (key === 'class') node.className = value;
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** A link inside the app (hash route). */
export const link = (route, ...children) => el('a', { href: '#' + route }, ...children);

/** A number that links to the sentences behind it. */
export const num = (value, route, title) =>
  route ? el('a', { class: 'num', href: '#' + route, title: title ?? 'Show the events behind this number' }, fmt(value)) : el('span', {}, fmt(value));

export const fmt = value => typeof value === 'number' && !Number.isInteger(value) ? value.toFixed(2) : String(value ?? '');

/** The evidence sentence with source, trigger and target marked; spans are sentence-relative offsets. */
export function highlighted(text, spans = []) {
  const out = el('span', { class: 'sentence' });
  let at = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    if (span.start < at || span.end > text.length) continue;
    out.append(document.createTextNode(text.slice(at, span.start)));
    out.append(el('mark', { class: span.role, title: span.role }, text.slice(span.start, span.end)));
    at = span.end;
  }
  out.append(document.createTextNode(text.slice(at)));
  return out;
}

/** A table from column definitions [{ head, cell: row => node|text, num }]. */
export function table(columns, rows, empty = 'Nothing to show.') {
  if (!rows.length) return el('p', { class: 'muted' }, empty);
  return el('table', {},
    el('thead', {}, el('tr', {}, columns.map(c => el('th', { class: c.num ? 'num' : null }, c.head)))),
    el('tbody', {}, rows.map(row => el('tr', {}, columns.map(c => el('td', { class: c.num ? 'num' : null }, c.cell(row)))))));
}

export const actorLabel = actor => actor ? (actor.name ? `${actor.name} (${actor.code})` : actor.code) : '—';
export const quadName = q => ({ 1: 'verbal cooperation', 2: 'material cooperation', 3: 'verbal conflict', 4: 'material conflict' })[q] ?? '';
