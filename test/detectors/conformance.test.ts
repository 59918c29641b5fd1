import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { detectors } from '../../detectors/index.js';

const detectorsDir = new URL('../../detectors/', import.meta.url);
const folders = readdirSync(detectorsDir).filter((f) => statSync(new URL(f, detectorsDir)).isDirectory());

/** Every leaf property of a JSON Schema object, with its path. */
function properties(schema: Record<string, unknown>, path = ''): [string, Record<string, unknown>][] {
  const props = (schema['properties'] ?? {}) as Record<string, Record<string, unknown>>;
  return Object.entries(props).flatMap(([k, v]) => [
    [`${path}${k}`, v] as [string, Record<string, unknown>],
    ...properties(v, `${path}${k}.`),
  ]);
}

describe('detector registry conformance', () => {
  it('lists every detector folder, and only those', () => {
    expect(Object.keys(detectors).sort()).toEqual(folders.sort());
  });

  describe.each(Object.entries(detectors))('%s', (key, definition) => {
    it('has an id equal to its folder and registry key, in kebab-case', () => {
      expect(definition.id).toBe(key);
      expect(definition.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    });

    it('has a README that says what, why, tuning and false positives', () => {
      const readme = new URL(`${definition.id}/README.md`, detectorsDir);
      expect(existsSync(readme)).toBe(true);
      const text = readFileSync(readme, 'utf8').toLowerCase();
      for (const heading of ['what', 'why', 'tuning', 'false positives'])
        expect(text).toContain(`## ${heading}`);
    });

    it('has a strict config where every field has a default and a description', () => {
      const parsed = definition.config.safeParse({});
      expect(parsed.success, 'all defaults').toBe(true);
      expect(definition.config.safeParse({ no_such_field: 1 }).success, 'strict').toBe(false);
      const json = z.toJSONSchema(definition.config, { io: 'input' }) as Record<string, unknown>;
      const fields = properties(json);
      expect(fields.length).toBeGreaterThan(0);
      for (const [path, field] of fields) {
        expect(field['description'], `${path} description`).toEqual(expect.any(String));
        expect(field, `${path} default`).toHaveProperty('default');
      }
    });

    it('has positive and negative cases of its own', () => {
      expect(definition.cases.some((c) => c.expect !== null)).toBe(true);
      expect(definition.cases.some((c) => c.expect === null)).toBe(true);
      expect(definition.title.length).toBeGreaterThan(10);
      expect(Number.isInteger(definition.version)).toBe(true);
    });
  });
});
