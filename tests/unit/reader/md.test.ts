import { describe, expect, it } from 'vitest';
import { readText } from '../../../reader/text';

const md = (text: string) => readText(text, { format: 'md' });

describe('readText (markdown)', () => {
  it('skips a source comment and CRLF YAML front matter, taking its title', () => {
    const page = md('<!-- source: github:x -->\n---\r\ntitle: Mail security practices\r\nemoji: null\r\n---\r\n\r\n## General questions\n\nWe encrypt data.');
    expect(page.title).toBe('Mail security practices');
    expect(page.blocks.map((b) => b.text)).toEqual(['General questions', 'We encrypt data.']);
  });

  it('reads # headings by level and bold question lines as questions', () => {
    const page = md('# Security\n\n## Compliance\n\n**Is it SOC 2 compliant?**\n\nIt is SOC 2 Type I compliant.\n\n### Encryption\n\nAES-256 at rest.');
    expect(page.blocks.map((b) => [b.kind, b.text, b.headings, b.question])).toEqual([
      ['heading', 'Security', [], undefined],
      ['heading', 'Compliance', ['Security'], undefined],
      ['question', 'Is it SOC 2 compliant?', ['Security', 'Compliance'], undefined],
      ['paragraph', 'It is SOC 2 Type I compliant.', ['Security', 'Compliance'], 'Is it SOC 2 compliant?'],
      ['heading', 'Encryption', ['Security', 'Compliance'], undefined],
      ['paragraph', 'AES-256 at rest.', ['Security', 'Compliance', 'Encryption'], undefined],
    ]);
  });

  it('reduces links, emphasis, code, escapes, entities and inline HTML to their text', () => {
    const page = md('Follows [our practices](https://example.com/a_(b)) and **uses** `TLS 1.2`, *always*; see https\\://mail.example.com/&#x20;\n\n| **Severity** | Time |\n| --- | --- |\n| <p></p><p><strong>Low</strong></p> | <p>within 175 days</p> |');
    expect(page.blocks[0]!.text).toBe('Follows our practices and uses TLS 1.2, always; see https://mail.example.com/');
    expect(page.blocks[1]).toMatchObject({ kind: 'table-row', cells: ['Low', 'within 175 days'], header: ['Severity', 'Time'] });
  });

  it('joins soft-wrapped lines into one paragraph and drops images', () => {
    const page = md('Data is stored\nin the EU.\n\n![diagram](https://example.com/a.png)\n\n* one\n\n* two');
    expect(page.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', 'Data is stored in the EU.'],
      ['list-item', 'one'],
      ['list-item', 'two'],
    ]);
    expect(page.blocks[1]!.lead).toBe('Data is stored in the EU.');
  });
});
