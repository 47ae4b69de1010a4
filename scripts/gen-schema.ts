/** Regenerates public/scenario.schema.json from the valibot schema: `npx tsx scripts/gen-schema.ts`. */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { scenarioJsonSchemaText } from '../src/scenarios/json-schema.ts';

const target = fileURLToPath(new URL('../public/scenario.schema.json', import.meta.url));
writeFileSync(target, scenarioJsonSchemaText());
console.log(`wrote ${target}`);
