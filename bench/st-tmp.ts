import { measureStartupTasks } from './startup.ts';
import { bigScenarioJson } from './browser.ts';
import { parseScenario } from '../src/scenarios/format.ts';
import { encodeScenario } from '../src/scenarios/url-codec.ts';
const parsed = parseScenario(bigScenarioJson());
if (!parsed.ok) throw new Error('bad');
const link = encodeScenario(parsed.scenario);
for (const u of ['/', `/#s=${link}`, '/embed.html', `/embed.html#s=${link}`]) {
  console.log(u.slice(0, 20), JSON.stringify(await measureStartupTasks('http://127.0.0.1:4182' + u)));
}
