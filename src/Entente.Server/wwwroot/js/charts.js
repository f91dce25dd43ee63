// ECharts and Cytoscape.js views. Clicking a bar, an edge, a node or a point goes to the events behind it.
/* global echarts, cytoscape, topojson */

const QUADS = [
  { name: 'Verbal cooperation', color: '#81c784' },
  { name: 'Material cooperation', color: '#2e7d32' },
  { name: 'Verbal conflict', color: '#ef9a9a' },
  { name: 'Material conflict', color: '#c62828' },
];

/** Stacked quad-class bars and the Goldstein sum per period; a click opens that period's events. */
export function timeline(container, points, onPeriod) {
  const chart = echarts.init(container);
  const labels = points.map(p => p.start);
  chart.setOption({
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 40, right: 50, top: 40, bottom: 30 },
    xAxis: { type: 'category', data: labels },
    yAxis: [{ type: 'value', name: 'events', minInterval: 1 }, { type: 'value', name: 'Goldstein' }],
    series: [
      ...QUADS.map((quad, i) => ({
        name: quad.name, type: 'bar', stack: 'q', itemStyle: { color: quad.color },
        data: points.map(p => p.quads[i]),
      })),
      { name: 'Goldstein sum', type: 'line', yAxisIndex: 1, data: points.map(p => p.goldsteinSum), itemStyle: { color: '#1f3a5f' } },
    ],
  });
  chart.on('click', params => onPeriod(points[params.dataIndex]));
  return chart;
}

/** Countries as nodes, dyads as edges coloured by their balance of cooperation and conflict. */
export function network(container, dyads, onActor, onDyad) {
  const nodes = new Map();
  const edges = [];
  for (const d of dyads) {
    if (d.countryA === d.countryB) continue;
    for (const c of [d.countryA, d.countryB]) nodes.set(c, (nodes.get(c) ?? 0) + d.events);
    const cooperation = d.verbalCooperation + d.materialCooperation;
    const conflict = d.verbalConflict + d.materialConflict;
    edges.push({ data: {
      id: `${d.countryA}-${d.countryB}`, source: d.countryA, target: d.countryB, a: d.countryA, b: d.countryB,
      weight: d.events, color: cooperation >= conflict ? '#2e7d32' : '#c62828',
      label: `${cooperation}/${conflict}`,
    } });
  }
  const cy = cytoscape({
    container,
    elements: [...[...nodes].map(([id, events]) => ({ data: { id, events } })), ...edges],
    style: [
      { selector: 'node', style: { label: 'data(id)', 'background-color': '#1f3a5f', color: '#111', 'font-size': 11,
        width: 'mapData(events, 1, 60, 16, 48)', height: 'mapData(events, 1, 60, 16, 48)' } },
      { selector: 'edge', style: { 'line-color': 'data(color)', width: 'mapData(weight, 1, 30, 1, 9)', opacity: 0.75,
        label: 'data(label)', 'font-size': 9, 'text-background-color': '#fff', 'text-background-opacity': 0.8 } },
    ],
    layout: { name: 'cose', animate: false, randomize: false, nodeRepulsion: 9000 },
    wheelSensitivity: 0.2,
  });
  cy.on('tap', 'node', e => onActor(e.target.id()));
  cy.on('tap', 'edge', e => onDyad(e.target.data('a'), e.target.data('b')));
  return cy;
}

let worldRegistered = false;

/** A world map (world-atlas outlines via topojson-client) with a point per event place. */
export async function map(container, events, onEvent) {
  if (!worldRegistered) {
    const topo = await (await fetch('lib/countries-110m.json')).json();
    const world = topojson.feature(topo, topo.objects.countries);
    // Antarctica takes a third of the map and holds no politics worth a point.
    world.features = world.features.filter(feature => feature.properties?.name !== 'Antarctica');
    echarts.registerMap('world', world);
    worldRegistered = true;
  }
  const byPlace = new Map();
  for (const e of events) {
    const l = e.location;
    if (!l || typeof l.lat !== 'number' || typeof l.lon !== 'number') continue;
    const key = `${l.name}|${l.lat}|${l.lon}`;
    const place = byPlace.get(key) ?? { name: l.name, value: [l.lon, l.lat, 0], events: [] };
    place.value[2]++;
    place.events.push(e);
    byPlace.set(key, place);
  }
  const places = [...byPlace.values()];
  const chart = echarts.init(container);
  chart.setOption({
    animation: false,
    tooltip: { formatter: p => `${echarts.format.encodeHTML(p.name)}: ${p.value?.[2] ?? 0} events` },
    geo: { map: 'world', roam: true, itemStyle: { areaColor: '#e8eef5', borderColor: '#9aa9b9' }, emphasis: { disabled: true } },
    series: [{ type: 'scatter', coordinateSystem: 'geo', data: places, symbolSize: v => 6 + Math.sqrt(v[2]) * 4,
      itemStyle: { color: '#e65100', opacity: 0.8 } }],
  });
  chart.on('click', params => { if (params.seriesType === 'scatter') onEvent(places[params.dataIndex]); });
  return chart;
}
