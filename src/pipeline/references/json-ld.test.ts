import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../index.ts';
import { legislationJsonLd, scriptSafeJson } from './json-ld.ts';
import { referenceEntry } from './data.ts';

const hostile = buildDocument(readFileSync(new URL('../emit/fixtures/hostile-seed.txt', import.meta.url)), 'hostile-seed.txt', 'hostile');

const reference = referenceEntry({
  id: '20-nq-tw',
  numberSymbol: '20-NQ/TW',
  type: 'Nghị quyết',
  issuer: 'Ban Chấp hành Trung ương Đảng </script><script>alert(1)</script>',
  date: '2022-06-16',
});

describe('schema.org Legislation JSON-LD', () => {
  it('describes the document: identifier, type, date, jurisdiction, language, issuer, English translation and citations', () => {
    const document = structuredClone(hostile);
    document.clauses.find((c) => c.kind === 'title')!.translation = { heading: 'PLAN', text: 'On testing hostile input' };
    const json = legislationJsonLd(document, { site: 'https://example.org/', citations: [{ reference, path: '/references/20-nq-tw/' }] });
    expect(json).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Legislation',
      url: 'https://example.org/documents/hostile/',
      identifier: '12/KH-UBND',
      legislationIdentifier: '12/KH-UBND',
      legislationType: 'Kế hoạch',
      legislationDate: '2024-03-02',
      inLanguage: 'vi',
      legislationJurisdiction: { '@type': 'AdministrativeArea', name: 'Tỉnh Thử Nghiệm' },
      legislationPassedBy: { '@type': 'GovernmentOrganization' },
      workExample: { '@type': 'Legislation', inLanguage: 'en', name: 'PLAN On testing hostile input', translationOfWork: { '@id': 'https://example.org/documents/hostile/' } },
      citation: [{ '@type': 'Legislation', '@id': 'https://example.org/references/20-nq-tw/', legislationIdentifier: '20-NQ/TW', legislationDate: '2022-06-16' }],
    });
  });

  it('cannot close its script element or open markup, and parses back to the same data', () => {
    const json = legislationJsonLd(hostile, { site: 'https://example.org/', citations: [{ reference, path: '/references/20-nq-tw/' }] });
    const safe = scriptSafeJson(json);
    expect(safe).not.toMatch(/[<>&]/);
    expect(safe).not.toMatch(/<\/script/i);
    expect(JSON.parse(safe)).toEqual(JSON.parse(JSON.stringify(json)));
    expect(JSON.stringify(json)).toContain('</script>');
    expect(scriptSafeJson({ a: '\u2028<!--' })).toBe('{"a":"\\u2028\\u003c!--"}');
  });
});
