import { describe, expect, it } from 'vitest';
import {
  inertText,
  letterIncidents,
  missingPlaceholdersMessage,
  placeholdersIn,
  renderLetter,
  type LetterValues,
} from '../../../src/domain/rules/letters';
import { validCall } from '../fixtures';

const ALL = `{{recipientName}}
{{recipientAddress}}
{{issuedDate}}
{{incidents}}
{{terms}}
Review: {{reviewDate}}; ends {{endDate}}
{{officerName}}, {{agencyName}}`;

const NAMES = {
  ward: (code: string) => (code === 'E05005019' ? 'Hartley and Hodsoll Street' : code),
  category: (id: string) => (id === 'rowdy' ? 'Rowdy behaviour' : id),
};

const values = (over: Partial<LetterValues> = {}): LetterValues => ({
  recipientName: 'Alex Sample',
  recipientAddress: '1 Example Road, Hartley',
  issuedDate: '2026-03-12',
  incidents: [
    { date: '2026-03-03', area: 'Hartley and Hodsoll Street', category: 'Rowdy behaviour' },
  ],
  terms: 'Not to gather outside the shops.',
  reviewDate: '2026-04-09',
  endDate: '2026-09-12',
  officerName: 'Sam Officer',
  agencyName: 'Sevenoaks District Council',
  ...over,
});

describe('renderLetter', () => {
  it('fills every placeholder, dates in words and incidents by date, area and category', () => {
    const r = renderLetter(ALL, values());
    expect(r.ok && r.body).toBe(`Alex Sample
1 Example Road, Hartley
12 March 2026
• 3 March 2026, Hartley and Hodsoll Street: Rowdy behaviour
Not to gather outside the shops.
Review: 9 April 2026; ends 12 September 2026
Sam Officer, Sevenoaks District Council`);
  });

  it('stops on placeholders it cannot fill and names each one, unknown ones included', () => {
    const r = renderLetter(
      `${ALL} {{favouriteColour}}`,
      values({ terms: '  ', reviewDate: undefined, incidents: [] }),
    );
    expect(r).toEqual({
      ok: false,
      missing: [
        'incidents from linked calls',
        'the terms',
        'the first review date',
        '{{favouriteColour}}',
      ],
    });
    if (!r.ok)
      expect(missingPlaceholdersMessage(r.missing)).toBe(
        'The letter cannot be issued until it has incidents from linked calls, the terms, the first review date, {{favouriteColour}}.',
      );
    expect(renderLetter('Dear {{recipientName}}', values({ terms: undefined })).ok).toBe(true);
    expect(placeholdersIn('{{ a }} {{b}} {{a}}')).toEqual(['a', 'b']);
  });

  it('keeps hostile text inert: no hidden direction overrides, no formulas, no second expansion', () => {
    const hostile = values({
      recipientName: 'Eve \u202Egnp.exe\u202C \u2066x\u2069\u0007',
      terms:
        '=HYPERLINK("http://evil.example","click")\n+SUM(A1)\n@cmd\n-2+3\n- Keep the gate shut\n1. Be quiet',
      recipientAddress: '{{officerName}} <script>alert(1)</script>',
    });
    const r = renderLetter(ALL, hostile);
    if (!r.ok) throw new Error('expected a letter');
    for (const hidden of ['\u202e', '\u202c', '\u2066', '\u2069', '\u0007'])
      expect(r.body).not.toContain(hidden);
    expect(r.body).toContain('Eve gnp.exe x');
    expect(r.body).toContain(
      `'=HYPERLINK("http://evil.example","click")\n'+SUM(A1)\n'@cmd\n'-2+3\n- Keep the gate shut\n1. Be quiet`,
    );
    // Placeholder-looking input stays as typed; HTML stays text (the screens render text, never HTML).
    expect(r.body).toContain('{{officerName}} <script>alert(1)</script>');
    expect(r.body.match(/Sam Officer/g)).toHaveLength(1);
    expect(inertText('\r\nline\r\n')).toBe('line');
  });
});

describe('letterIncidents', () => {
  it('takes only date, area and category from calls, so no name or summary can reach a letter', () => {
    const call = {
      ...validCall(),
      reporter: {
        anonymous: false,
        name: 'Rita Reporter',
        contact: 'rita@example.org',
        updateMethod: 'email' as const,
      },
      victims: ['Vera Victim'],
      summary: 'Vera Victim says the subject shouted at her; Rita Reporter saw it.',
    };
    const later = { ...call, incidentDate: '2026-02-01', categoryIds: ['unknown-cat'] };
    const incidents = letterIncidents([call, later], NAMES);
    expect(incidents).toEqual([
      { date: '2026-02-01', area: 'Hartley and Hodsoll Street', category: 'unknown-cat' },
      { date: '2026-03-03', area: 'Hartley and Hodsoll Street', category: 'Rowdy behaviour' },
    ]);
    const r = renderLetter(ALL, values({ incidents }));
    const text = JSON.stringify([incidents, r]);
    for (const secret of [
      'Rita',
      'Reporter',
      'Vera',
      'rita@example.org',
      'shouted',
      'Caxton',
      call.summary,
    ])
      expect(text).not.toContain(secret);
  });
});
