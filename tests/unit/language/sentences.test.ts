import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../language/sentences';

describe('splitSentences', () => {
  const cases: [string, string[]][] = [
    ['All data in transit is encrypted via TLS 1.2+. Data at rest uses AES-256.', ['All data in transit is encrypted via TLS 1.2+.', 'Data at rest uses AES-256.']],
    ['Not yet. We are a small team.', ['Not yet.', 'We are a small team.']],
    ['Hosted on AWS (e.g. eu-central-1). Backups daily.', ['Hosted on AWS (e.g. eu-central-1).', 'Backups daily.']],
    ['Visit example.com for more. Thanks!', ['Visit example.com for more.', 'Thanks!']],
    ['Line one\nLine two', ['Line one', 'Line two']],
    ['Is my data encrypted? Yes.', ['Is my data encrypted?', 'Yes.']],
    ['version 2.0 is out. ok', ['version 2.0 is out. ok']],
    // "no." before a code holding a digit is a number sign; "No." before a word is an answer.
    ['Acme held certificate no. DK-ISMS-1187, which expired in 2025. It was not renewed.', ['Acme held certificate no. DK-ISMS-1187, which expired in 2025.', 'It was not renewed.']],
    ['Certificate No. ISMS-0042 is current. Thanks.', ['Certificate No. ISMS-0042 is current.', 'Thanks.']],
    ['Policy no. 7 covers this. Done.', ['Policy no. 7 covers this.', 'Done.']],
    ['No. We never sell data.', ['No.', 'We never sell data.']],
  ];
  it.each(cases)('%s', (text, want) => {
    const got = splitSentences(text);
    expect(got.map((s) => s.text)).toEqual(want);
    for (const s of got) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
