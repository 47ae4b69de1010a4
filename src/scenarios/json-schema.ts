/**
 * The scenario JSON Schema, generated from the valibot schema so the two can
 * never disagree. The committed copy lives at public/scenario.schema.json
 * (regenerate with `npx tsx scripts/gen-schema.ts`); a test checks it is
 * up to date.
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import { ScenarioSchema, SCENARIO_VERSION } from './format.ts';

const SCHEMA_ID = 'https://pop-lab.example/scenario.schema.json';

export function scenarioJsonSchema(): Record<string, unknown> {
  const generated = toJsonSchema(ScenarioSchema, { target: 'draft-07', errorMode: 'throw' }) as Record<string, unknown>;
  // Identity first, so a reader of the file sees what it is.
  return {
    $schema: generated['$schema'],
    $id: SCHEMA_ID,
    title: `POP Lab scenario, version ${SCENARIO_VERSION}`,
    description:
      'A world for the POP Lab simulator: maildrop, server personality, client devices, channel, faults and the expected outcome. See docs/scenarios.md.',
    ...generated,
  };
}

/** The exact text of public/scenario.schema.json. */
export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}
