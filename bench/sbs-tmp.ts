import { measureSideBySide } from './lighthouse.ts';
import { bigScenarioJson } from './browser.ts';
import { parseScenario } from '../src/scenarios/format.ts';
import { encodeScenario } from '../src/scenarios/url-codec.ts';
const parsed = parseScenario(bigScenarioJson());
if (!parsed.ok) throw new Error('bad');
const r = await measureSideBySide(`#s=${encodeScenario(parsed.scenario)}`, Number(process.argv[2] ?? 3));
console.log(JSON.stringify(r, null, 1));
