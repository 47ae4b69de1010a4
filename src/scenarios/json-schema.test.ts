import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema, scenarioJsonSchemaText } from './json-schema.ts';
import { LIMITS } from './format.ts';

describe('public/scenario.schema.json', () => {
  it('is exactly what the valibot schema generates (run `npx tsx scripts/gen-schema.ts` after a format change)', () => {
    const committed = readFileSync(new URL('../../public/scenario.schema.json', import.meta.url), 'utf8');
    expect(committed).toBe(scenarioJsonSchemaText());
  });

  it('states the required fields, the enums, the defaults and the limits', () => {
    const schema = scenarioJsonSchema() as {
      required: string[];
      additionalProperties: boolean;
      properties: Record<string, { default?: unknown; maxItems?: number; items?: { properties: Record<string, { enum?: string[]; default?: unknown }> } }>;
    };
    expect(schema.required).toEqual(['version', 'id', 'title']);
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties['protocol']?.default).toBe('pop3');
    expect(schema.properties['maildrop']?.maxItems).toBe(LIMITS.messages);
    expect(schema.properties['devices']?.items?.properties['commitOrder']?.enum).toEqual(['safe', 'unsafe', 'pipelined']);
    expect(schema.properties['devices']?.items?.properties['commitOrder']?.default).toBe('safe');
  });
});
