// The Entente web UI: hash routes, one view per route, every number a link to the sentences behind it.
import { el, link, num, fmt, highlighted, table, actorLabel, quadName } from './dom.js';
import { get, optional } from './api.js';
import { timeline, network, map } from './charts.js';

const view = document.getElementById('view');
let charts = [];

const routes = [
  [/^\/$/, overview],
  [/^\/actors$/, actors],
  [/^\/actor\/(.+)$/, actor],
  [/^\/dyad\/([^/]+)\/([^/]+)$/, dyad],
  [/^\/events$/, events],
  [/^\/event\/(.+)$/, eventDetail],
  [/^\/cluster\/(\d+)$/, clusterView],
  [/^\/articles$/, articles],
  [/^\/article\/(.+)$/, article],
  [/^\/search$/, search],
  [/^\/blocs$/, blocs],
];

async function render() {
  const hash = location.hash.slice(1) || '/';
  const [path, queryString] = hash.split('?');
  const query = Object.fromEntries(new URLSearchParams(queryString ?? ''));
  for (const chart of charts) chart.dispose?.() ?? chart.destroy?.();
  charts = [];
  view.replaceChildren(el('p', { class: 'muted' }, 'Loading…'));
  for (const [pattern, handler] of routes) {
    const match = path.match(pattern);
    if (!match) continue;
    try {
      const content = await handler(query, ...match.slice(1).map(decodeURIComponent));
      view.replaceChildren(...[content].flat(Infinity).filter(node => node !== null && node !== undefined && node !== false));
      for (const after of pendingCharts.splice(0)) charts.push(await after());
    } catch (error) {
      view.replaceChildren(el('h1', {}, 'Something went wrong'), el('p', { class: 'error' }, error.message));
    }
    document.body.dataset.route = path;
    return;
  }
  view.replaceChildren(el('h1', {}, 'No such page'), link('/', 'Back to the overview'));
}

// Charts need their container in the document before they can measure it.
const pendingCharts = [];
const later = make => pendingCharts.push(make);

const go = route => { location.hash = '#' + route; };
const eventsRoute = params => '/events?' + new URLSearchParams(Object.entries(params).filter(([, v]) => v !== undefined && v !== null && v !== ''));
const dyadRoute = (a, b) => `/dyad/${encodeURIComponent(a)}/${encodeURIComponent(b)}`;
const actorRoute = key => `/actor/${encodeURIComponent(key)}`;

async function overview() {
  const [dyads, recent, actorPage] = await Promise.all([
    get('/dyads', { limit: 60 }),
    get('/events', { pageSize: 500 }),
    get('/actors', { pageSize: 10 }),
  ]);
  const networkBox = el('div', { id: 'network', class: 'panel' });
  const mapBox = el('div', { id: 'map', class: 'panel chart' });
  const placeEvents = el('div', { id: 'place-events' });
  later(() => network(networkBox, dyads, code => go(actorRoute(code)), (a, b) => go(dyadRoute(a, b))));
  later(() => map(mapBox, recent.items, place => placeEvents.replaceChildren(
    el('h2', {}, `Events at ${place.name}`), eventTable(place.events))));
  return [
    el('h1', {}, 'Relations in the store'),
    el('div', { class: 'grid' },
      el('section', {}, el('h2', {}, 'Actor network'), el('p', { class: 'muted' }, 'Green: more cooperation than conflict; red: more conflict. Click a country or a tie.'), networkBox),
      el('section', {}, el('h2', {}, 'Where events took place'), el('p', { class: 'muted' }, 'Click a point for its events.'), mapBox, placeEvents)),
    el('h2', {}, 'Most active country pairs'),
    dyadTable(dyads.slice(0, 20)),
    el('h2', {}, 'Most active actors'),
    actorTable(actorPage.items),
  ];
}

// Counted events only, as the dyad summaries count them.
const quadCell = (d, value, quad) => value ? num(value, eventsRoute({ dyad: `${d.countryA}:${d.countryB}`, quad, includeNegated: false })) : '0';

function dyadTable(dyads) {
  const cell = (d, value, code) => num(value, eventsRoute({ dyad: `${d.countryA}:${d.countryB}`, code }));
  return table([
    { head: 'Dyad', cell: d => link(dyadRoute(d.countryA, d.countryB), d.countryA === d.countryB ? `${d.countryA} (domestic)` : `${d.countryA} – ${d.countryB}`) },
    { head: 'Events', num: true, cell: d => cell(d, d.events) },
    { head: 'Verbal coop.', num: true, cell: d => quadCell(d, d.verbalCooperation, '1') },
    { head: 'Material coop.', num: true, cell: d => quadCell(d, d.materialCooperation, '2') },
    { head: 'Verbal conflict', num: true, cell: d => quadCell(d, d.verbalConflict, '3') },
    { head: 'Material conflict', num: true, cell: d => quadCell(d, d.materialConflict, '4') },
    { head: 'Goldstein mean', num: true, cell: d => fmt(d.goldsteinMean) },
    { head: 'Articles', num: true, cell: d => d.articles },
  ], dyads, 'No events between two countries yet.');
}

function actorTable(rows) {
  return table([
    { head: 'Actor', cell: a => link(actorRoute(a.name ?? a.code), a.name ?? a.code) },
    { head: 'Code', cell: a => a.code },
    { head: 'Country', cell: a => a.country ?? '' },
    { head: 'Mentions', num: true, cell: a => a.mentions },
    { head: 'Events', num: true, cell: a => num(a.events, eventsRoute({ actor: a.code })) },
  ], rows, 'No actors yet.');
}

async function actors(query) {
  const page = await get('/actors', { q: query.q, page: query.page, pageSize: 100 });
  const form = el('form', { onsubmit: e => { e.preventDefault(); go('/actors?q=' + encodeURIComponent(e.target.q.value)); } },
    el('input', { name: 'q', value: query.q ?? '', placeholder: 'Code, name or country' }), el('button', {}, 'Filter'));
  return [el('h1', {}, 'Actors'), form, actorTable(page.items), pager(page, p => `/actors?${new URLSearchParams({ ...query, page: p })}`)];
}

async function actor(query, key) {
  const list = await get('/actors', { q: key, pageSize: 500 });
  const known = list.items.find(a => a.name === key || a.code === key) ?? list.items[0];
  const code = known?.code ?? key;
  const country = known?.country ?? (code.length >= 3 ? code.slice(0, 3) : code);
  const [profile, briefing, dyads, recent] = await Promise.all([
    optional(`/profiles/${encodeURIComponent(key)}`),
    optional(`/briefings/${encodeURIComponent(key)}`),
    get('/dyads', { limit: 500 }),
    get('/events', { actor: known?.name ?? code, pageSize: 25 }),
  ]);
  const relations = dyads.filter(d => d.countryA !== d.countryB && (d.countryA === country || d.countryB === country));
  return [
    el('h1', {}, known?.name ?? key),
    el('dl', { class: 'facts' },
      el('dt', {}, 'Code'), el('dd', {}, code),
      el('dt', {}, 'Country'), el('dd', {}, country ?? '—'),
      el('dt', {}, 'Mentions'), el('dd', {}, known?.mentions ?? 0),
      el('dt', {}, 'Events'), el('dd', {}, num(known?.events ?? 0, eventsRoute({ actor: known?.name ?? code })))),
    profile ? profileSection(profile) : null,
    el('h2', {}, `Relations of ${country}`),
    table([
      { head: 'Partner', cell: d => { const other = d.countryA === country ? d.countryB : d.countryA; return link(dyadRoute(country, other), `${country} – ${other}`); } },
      { head: 'Events', num: true, cell: d => num(d.events, eventsRoute({ dyad: `${d.countryA}:${d.countryB}` })) },
      { head: 'Cooperation', num: true, cell: d => quadCell(d, d.verbalCooperation + d.materialCooperation, '1,2') },
      { head: 'Conflict', num: true, cell: d => quadCell(d, d.verbalConflict + d.materialConflict, '3,4') },
      { head: 'Goldstein mean', num: true, cell: d => fmt(d.goldsteinMean) },
    ], relations, 'No relations with other countries yet.'),
    briefing ? briefingSection(briefing) : null,
    el('h2', {}, 'Latest events'),
    eventTable(recent.items),
  ];
}

function profileSection(profile) {
  const evidenceLink = (fact, text) => fact?.evidence?.length ? link('/event/' + encodeURIComponent(fact.evidence[0].eventId), text) : text;
  return el('section', { class: 'profile' },
    el('h2', {}, 'Profile'),
    el('dl', { class: 'facts' },
      el('dt', {}, 'Coded as'), el('dd', {}, (profile.codes ?? []).map(c => [evidenceLink(c, `${c.value} (${c.count})`), ' '])),
      el('dt', {}, 'Country'), el('dd', {}, profile.country ? evidenceLink(profile.country, `${profile.country.value} (${profile.country.count})`) : '—'),
      el('dt', {}, 'Events'), el('dd', {}, `${profile.events} (from ${profile.reports} reports)`),
      el('dt', {}, 'Quotes'), el('dd', {}, profile.quotes)),
    table([
      { head: 'Role', cell: r => r.title },
      { head: 'Code', cell: r => r.code ?? '' },
      { head: 'From', cell: r => r.from ?? '' },
      { head: 'To', cell: r => r.to ?? '' },
      { head: 'Source', cell: r => r.origin === 'text' ? 'text' : 'knowledge base' },
      { head: 'Evidence', num: true, cell: r => r.evidence.length ? link('/event/' + encodeURIComponent(r.evidence[0].eventId), r.evidence.length) : '0' },
    ], profile.roles ?? [], 'No roles known.'),
    el('h3', {}, 'Top partners'),
    table([
      { head: 'Partner', cell: p => p.name },
      { head: 'Events', num: true, cell: p => p.evidence.length ? link('/event/' + encodeURIComponent(p.evidence[0].eventId), p.events) : p.events },
      { head: 'Cooperation', num: true, cell: p => p.cooperation },
      { head: 'Conflict', num: true, cell: p => p.conflict },
    ], profile.topPartners ?? [], 'No partners yet.'),
    el('h3', {}, 'Latest events'),
    evidenceList(profile.latestEvents ?? []));
}

function briefingSection(briefing) {
  return el('section', { class: 'briefing' },
    el('h2', {}, briefing.title),
    el('ul', {}, (briefing.summary ?? []).map(line => el('li', {}, line))),
    (briefing.sections ?? []).filter(s => s.lines.length).map(section => [
      el('h3', {}, section.title),
      el('ul', {}, section.lines.map(line => el('li', {},
        el('span', {}, `${line.date ?? ''} ${line.text} `),
        el('span', { class: 'muted' }, `(${line.numArticles} articles, ${line.numSources} sources) `),
        line.evidence.map(e => el('blockquote', {}, link('/event/' + encodeURIComponent(e.eventId), e.sentence))))))]));
}

async function dyad(query, a, b) {
  const interval = query.interval ?? 'month';
  const [report, briefing, recent] = await Promise.all([
    get(`/dyads/${encodeURIComponent(a)}/${encodeURIComponent(b)}`, { interval, since: query.since, until: query.until }),
    optional(`/briefings/${encodeURIComponent(a + ':' + b)}`),
    get('/events', { dyad: `${a}:${b}`, pageSize: 25, since: query.since, until: query.until }),
  ]);
  const r = report.reports;
  const points = (report.series?.points?.length ? report.series.points.map(p => ({
    start: p.start, end: p.end, events: p.events, goldsteinSum: p.goldsteinSum,
    quads: [p.verbalCooperation, p.materialCooperation, p.verbalConflict, p.materialConflict],
  })) : r.series.map(p => ({ start: p.start, end: p.end, events: p.events, goldsteinSum: p.goldsteinSum, quads: p.quadClasses })));
  const pair = `${a}:${b}`;
  const chartBox = el('div', { id: 'timeline', class: 'panel chart' });
  later(() => timeline(chartBox, points, p => go(eventsRoute({ dyad: pair, since: p.start, until: p.end }))));
  const directions = { insufficient: 'too few weeks with events to read a trend', steady: 'steady', towardCooperation: 'toward cooperation', towardConflict: 'toward conflict' };
  const trend = report.trend
    ? `${directions[report.trend.direction] ?? report.trend.direction} (slope ${fmt(report.trend.slopePerWeek)} net Goldstein per week, ${report.trend.events} events, ${report.trend.since} to ${report.trend.until})`
    : `${r.trend.direction} (slope ${fmt(r.trend.slope)} Goldstein per ${interval} over ${r.trend.points} ${interval}s with events)`;
  const stat = (label, value, params) => el('div', { class: 'stat' }, el('b', {}, num(value, eventsRoute({ dyad: pair, ...params }))), label);
  // Events are clusters (each real-world event once) when the analytics give them, else stored reports.
  const t = report.series?.total;
  const counts = t
    ? { events: t.events, quads: [t.verbalCooperation, t.materialCooperation, t.verbalConflict, t.materialConflict], mean: t.goldsteinMean, note: `${t.events} events (clusters of reports) behind ${t.reports} reports in ${r.articles} articles` }
    : { events: r.events, quads: r.quadClasses, mean: r.goldsteinMean, note: `${r.events} reports in ${r.articles} articles` };
  return [
    el('h1', {}, `${a} – ${b}`),
    el('div', { class: 'stats' },
      stat('events', counts.events, { includeNegated: false }),
      stat('verbal cooperation', counts.quads[0], { quad: '1', includeNegated: false }),
      stat('material cooperation', counts.quads[1], { quad: '2', includeNegated: false }),
      stat('verbal conflict', counts.quads[2], { quad: '3', includeNegated: false }),
      stat('material conflict', counts.quads[3], { quad: '4', includeNegated: false }),
      el('div', { class: 'stat' }, el('b', {}, fmt(counts.mean)), 'Goldstein mean')),
    el('p', { class: 'muted' }, counts.note + ' — click a number for the sentences behind it.'),
    el('p', {}, el('strong', {}, 'Trend: '), trend),
    el('p', { class: 'muted' }, 'Per ', ['day', 'week', 'month'].map(i => [link(`${dyadRoute(a, b)}?interval=${i}`, i), ' ']), '— click a bar for its events.'),
    chartBox,
    report.trend?.evidence?.length ? [el('h2', {}, 'What moved the trend'), evidenceList(report.trend.evidence)] : null,
    briefing ? briefingSection(briefing) : null,
    el('h2', {}, 'Events'),
    eventTable(recent.items),
    recent.hasMore ? link(eventsRoute({ dyad: pair }), 'All events of this dyad') : null,
  ];
}

function evidenceList(evidence) {
  return el('ul', {}, evidence.map(e => el('li', {},
    link('/event/' + encodeURIComponent(e.eventId), `${e.date ?? ''} ${e.source} → ${e.target ?? '—'} (CAMEO ${e.cameo}, ${fmt(e.goldstein)})`),
    el('blockquote', {}, e.sentence))));
}

function eventTable(items) {
  return table([
    { head: 'Date', cell: e => e.date ?? '' },
    { head: 'Source', cell: e => actorLabel(e.source) },
    { head: 'Event', cell: e => link('/event/' + encodeURIComponent(e.id), `${e.cameo} ${e.plover?.type ?? ''}`) },
    { head: 'Target', cell: e => actorLabel(e.target) },
    { head: 'Goldstein', num: true, cell: e => fmt(e.goldstein) },
    { head: 'Evidence', cell: e => el('div', { class: 'evidence-cell' }, e.negated ? el('em', {}, 'negated: ') : null, highlighted(e.evidence.text, e.evidence.spans)) },
    { head: 'Article', cell: e => link('/article/' + encodeURIComponent(e.article.id), e.article.title ?? e.article.id) },
  ], items, 'No events match.');
}

function pager(page, routeFor) {
  return el('div', { class: 'pager' },
    page.page > 1 ? link(routeFor(page.page - 1), '← previous') : null,
    el('span', { class: 'muted' }, `page ${page.page}`),
    page.hasMore ? link(routeFor(page.page + 1), 'next →') : null);
}

async function events(query) {
  // quad=1,2 narrows to quad classes, filtered by the API like every other filter (so paging stays exact).
  const quads = query.quad ? query.quad.split(',').map(Number) : null;
  const page = await get('/events', { ...query, pageSize: query.pageSize ?? 50 });
  const items = page.items;
  const described = Object.entries(query).filter(([k]) => k !== 'page').map(([k, v]) => `${k}=${v}`).join(', ');
  return [
    el('h1', {}, 'Events'),
    el('p', { class: 'muted' }, described ? `Filtered by ${described}.` : 'All events, by date.'),
    quads ? el('p', { class: 'muted' }, `${quads.map(quadName).join(' and ')} only.`) : null,
    eventTable(items),
    pager(page, p => eventsRoute({ ...query, page: p })),
  ];
}

async function eventDetail(query, id) {
  const e = await get(`/events/${encodeURIComponent(id)}`);
  const cluster = e.cluster;
  return [
    el('h1', {}, `${actorLabel(e.source)} — ${e.cameo} ${e.plover?.type ?? ''} — ${actorLabel(e.target)}`),
    el('p', { class: 'evidence', id: 'evidence' }, highlighted(e.evidence.text, e.evidence.spans)),
    el('dl', { class: 'facts' },
      el('dt', {}, 'Date'), el('dd', {}, `${e.date ?? 'unknown'} (${e.dateGranularity}${e.dateText ? ', “' + e.dateText + '”' : ''})`),
      el('dt', {}, 'CAMEO'), el('dd', {}, `${e.cameo} (root ${e.root}, quad class ${e.quadClass}: ${quadName(e.quadClass)})`),
      el('dt', {}, 'Goldstein'), el('dd', {}, fmt(e.goldstein)),
      el('dt', {}, 'PLOVER'), el('dd', {}, e.plover ? `${e.plover.type}${e.plover.mode ? ' / ' + e.plover.mode : ''}` : '—'),
      el('dt', {}, 'Place'), el('dd', {}, e.location ? `${e.location.name} (${e.location.country ?? ''})` : '—'),
      el('dt', {}, 'Modality'), el('dd', {}, `${e.modality}${e.negated ? ', negated' : ''}`),
      el('dt', {}, 'Rule'), el('dd', {}, e.rule),
      el('dt', {}, 'Reports'), el('dd', {}, cluster ? link(`/cluster/${cluster.id}`, `${cluster.numEvents} reports in ${cluster.numArticles} articles from ${cluster.numSources} sources`) : '1'),
      el('dt', {}, 'Article'), el('dd', {}, link('/article/' + encodeURIComponent(e.article.id), e.article.title ?? e.article.id), e.article.publishedOn ? ` (${e.article.publishedOn})` : '')),
    el('p', {}, link(dyadRoute(e.source.country ?? e.source.code, e.target?.country ?? e.target?.code ?? e.source.code), 'This dyad over time')),
  ];
}

async function clusterView(query, id) {
  const reports = await get(`/clusters/${id}`);
  return [el('h1', {}, `One event, ${reports.length} reports`), eventTable(reports)];
}

async function articles(query) {
  const page = await get('/articles', { page: query.page, pageSize: 50 });
  return [
    el('h1', {}, 'Articles'),
    table([
      { head: 'Published', cell: a => a.publishedOn ?? '' },
      { head: 'Title', cell: a => link('/article/' + encodeURIComponent(a.id), a.title ?? a.id) },
      { head: 'Source', cell: a => a.source ?? '' },
      { head: 'Events', num: true, cell: a => num(a.events, eventsRoute({ article: a.id })) },
      { head: 'Quotes', num: true, cell: a => a.quotes },
    ], page.items, 'No articles yet.'),
    pager(page, p => `/articles?page=${p}`),
  ];
}

async function article(query, id) {
  const a = await get(`/articles/${encodeURIComponent(id)}`);
  return [
    el('h1', { id: 'article-title' }, a.title ?? a.id),
    el('p', { class: 'muted' }, [a.publishedOn, a.source, a.url].filter(Boolean).join(' · ')),
    // Article text is data, never markup: a text node keeps any <script> in it inert.
    el('div', { class: 'article-text', id: 'article-text' }, a.text),
    el('h2', {}, `Events (${a.events.length})`),
    eventTable(a.events),
    el('h2', {}, `Quotes (${a.quotes.length})`),
    el('ul', {}, a.quotes.map(q => el('li', {}, `“${q.text}” — ${q.speaker ? actorLabel(q.speaker) : 'unknown speaker'}`))),
  ];
}

async function search(query) {
  if (!query.q) return [el('h1', {}, 'Search'), el('p', {}, 'Type words in the search box above.')];
  const page = await optional('/search', { q: query.q, page: query.page });
  if (!page) return [el('h1', {}, 'Search'), el('p', { class: 'muted' }, 'Full-text search is not available in this build.')];
  return [
    el('h1', {}, `Sentences with “${query.q}”`),
    table([
      { head: 'Sentence', cell: h => h.sentenceText },
      { head: 'Events', num: true, cell: h => h.eventIds.length ? link('/event/' + encodeURIComponent(h.eventIds[0]), h.eventIds.length) : '0' },
      { head: 'Article', cell: h => link('/article/' + encodeURIComponent(h.articleId), h.articleTitle ?? h.articleId) },
    ], page.items, 'No sentence matches.'),
    pager(page, p => `/search?${new URLSearchParams({ q: query.q, page: p })}`),
  ];
}

async function blocs(query) {
  const report = await optional('/blocs', { since: query.since, until: query.until });
  if (!report) return [el('h1', {}, 'Blocs'), el('p', { class: 'muted' }, 'Bloc detection is not available in this build.')];
  return [
    el('h1', {}, 'Blocs'),
    el('p', {}, `Modularity ${fmt(report.modularity)} (Louvain on cooperation-weighted ties).`),
    table([
      { head: 'Bloc', cell: b => String(b.id + 1) },
      { head: 'Members', cell: b => b.members.map(m => [link(actorRoute(m), m), ' ']) },
      { head: 'Cooperation inside', num: true, cell: b => b.internalCooperation },
      { head: 'Conflict inside', num: true, cell: b => b.internalConflict },
    ], report.blocs, 'No blocs.'),
    el('h2', {}, 'Ties'),
    table([
      { head: 'Dyad', cell: e => link(dyadRoute(e.a, e.b), `${e.a} – ${e.b}`) },
      { head: 'Cooperation', num: true, cell: e => num(e.cooperation, eventsRoute({ dyad: `${e.a}:${e.b}` })) },
      { head: 'Conflict', num: true, cell: e => e.conflict },
      { head: 'Same bloc', cell: e => e.sameBloc ? 'yes' : 'no' },
    ], report.edges.slice(0, 100)),
  ];
}

document.getElementById('search').addEventListener('submit', e => {
  e.preventDefault();
  go('/search?q=' + encodeURIComponent(e.target.q.value));
});
window.addEventListener('hashchange', render);
render();
